#include "ingest/pdf_text.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cerrno>
#include <cstring>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>

#include "common/files.h"

extern char** environ;

namespace budgetsite {

namespace {

// Poppler reports every oddity of a damaged file on stderr; the build reports one line instead.
void quiet_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

}  // namespace

bool looks_like_pdf(std::string_view bytes) {
  size_t start = bytes.find("%PDF-");
  return start != std::string_view::npos && start < 1024;
}

std::string extract_pdf_text(const std::string& path, std::string_view bytes) {
  quiet_poppler();
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) throw InputError(path, 0, "damaged PDF: poppler cannot read it (truncated or corrupt file)");
  if (doc->is_locked())
    throw InputError(path, 0, "encrypted PDF: it needs a user password to open; save an unlocked copy first");
  std::string text;
  const int pages = doc->pages();
  if (pages <= 0) throw InputError(path, 0, "damaged PDF: it has no pages");
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (i > 0) text += '\f';
    if (!page) continue;
    poppler::byte_array utf8 = page->text(page->page_rect(), poppler::page::physical_layout).to_utf8();
    std::string page_text(utf8.begin(), utf8.end());
    // Poppler ends a page with its own form feed; pages are separated here, once.
    while (!page_text.empty() && (page_text.back() == '\f' || page_text.back() == '\n')) page_text.pop_back();
    text += page_text;
    text += '\n';
  }
  return text;
}

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

struct Helper {
  std::string program;
  PdfLimits limits;
};
std::optional<Helper>& helper_slot() {
  static std::optional<Helper> helper;
  return helper;
}

// Runs the helper on `path` and returns its text, or throws InputError naming the limit it hit.
std::string extract_bounded(const Helper& helper, const std::string& path) {
  int out_pipe[2], err_pipe[2];
  if (::pipe2(out_pipe, O_CLOEXEC) != 0) throw InputError(path, 0, "cannot start the PDF reader (pipe)");
  if (::pipe2(err_pipe, O_CLOEXEC) != 0) {
    ::close(out_pipe[0]);
    ::close(out_pipe[1]);
    throw InputError(path, 0, "cannot start the PDF reader (pipe)");
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
  const std::vector<std::string> args = {helper.program, "__pdf-text", std::to_string(helper.limits.seconds),
                                         std::to_string(helper.limits.memory_mb), path};
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = ::posix_spawn(&pid, helper.program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  if (spawned != 0) {
    ::close(out_pipe[0]);
    ::close(err_pipe[0]);
    throw InputError(path, 0, std::string("cannot start the PDF reader: ") + std::strerror(spawned));
  }
  std::string text, errors;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(helper.limits.seconds);
  bool timed_out = false;
  pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  int open_fds = 2;
  char buffer[1 << 16];
  while (open_fds > 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    const int ready = ::poll(fds, 2, static_cast<int>(std::min<long long>(left.count(), 1000)));
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) break;
    for (auto& fd : fds) {
      if (fd.fd < 0 || !(fd.revents & (POLLIN | POLLHUP | POLLERR))) continue;
      const ssize_t n = ::read(fd.fd, buffer, sizeof buffer);
      if (n > 0) {
        (&fd == &fds[0] ? text : errors).append(buffer, static_cast<size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        ::close(fd.fd);
        fd.fd = -1;
        --open_fds;
      }
    }
  }
  for (auto& fd : fds)
    if (fd.fd >= 0) ::close(fd.fd);
  if (timed_out) ::kill(pid, SIGKILL);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  const std::string limit_hint = " (the limit of a PDF in the configuration: limits.pdf_seconds, limits.pdf_memory_mb)";
  if (timed_out || (WIFSIGNALED(status) && (WTERMSIG(status) == SIGXCPU || WTERMSIG(status) == SIGKILL)))
    throw InputError(path, 0, "reading this PDF took longer than " + std::to_string(helper.limits.seconds) +
                                  " s: not read" + limit_hint);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return text;
  while (!errors.empty() && (errors.back() == '\n' || errors.back() == '\r')) errors.pop_back();
  if (WIFEXITED(status) && WEXITSTATUS(status) == 3 && !errors.empty()) throw InputError(path, 0, errors);
  if ((WIFEXITED(status) && WEXITSTATUS(status) == 4) || WIFSIGNALED(status))
    throw InputError(path, 0, "reading this PDF needs more than " + std::to_string(helper.limits.memory_mb) +
                                  " MB of memory: not read" + limit_hint);
  throw InputError(path, 0, "the PDF reader failed (exit " + std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) +
                                "): not read");
}

}  // namespace

void set_pdf_helper(std::string helper, PdfLimits limits) { helper_slot() = Helper{std::move(helper), limits}; }

void set_pdf_limits(PdfLimits limits) {
  if (helper_slot()) helper_slot()->limits = limits;
}

int pdf_text_helper_main(const std::vector<std::string>& args) {
  if (args.size() != 3) {
    std::cerr << "usage: budgetsite __pdf-text SECONDS MEMORY_MB FILE\n";
    return 2;
  }
  try {
    const rlim_t seconds = static_cast<rlim_t>(std::stoul(args[0]));
    const rlim_t bytes = static_cast<rlim_t>(std::stoull(args[1])) * 1024 * 1024;
    const rlimit cpu{seconds + 1, seconds + 2}, memory{bytes, bytes};
    ::setrlimit(RLIMIT_CPU, &cpu);
    // AddressSanitizer reserves terabytes of address space for its shadow: a sanitized build
    // bounds time only.
    if (!kAddressSanitizer) ::setrlimit(RLIMIT_AS, &memory);
    std::string why;
    const std::optional<std::string> bytes_read = read_input_file(args[2], kMaxDisclosureBytes, "a disclosure", &why);
    if (!bytes_read) throw InputError(args[2], 0, why);
    const std::string text = extract_pdf_text(args[2], *bytes_read);
    std::cout.write(text.data(), static_cast<std::streamsize>(text.size()));
    std::cout.flush();
    return std::cout ? 0 : 3;
  } catch (const InputError& e) {
    std::cerr << e.reason();
    return 3;
  } catch (const std::bad_alloc&) {
    return 4;
  } catch (const std::exception& e) {
    std::cerr << e.what();
    return 3;
  }
}

SourceText ingest_pdf(const std::string& path, std::string_view bytes) {
  const std::optional<Helper>& helper = helper_slot();
  const std::string text = helper ? extract_bounded(*helper, path) : extract_pdf_text(path, bytes);
  bool has_text = false;
  for (char c : text)
    if (c != '\f' && c != '\n' && c != '\r' && c != ' ') { has_text = true; break; }
  if (!has_text)
    throw InputError(path, 0,
                     "no text layer: the file has no text (a scanned image); run OCR first, e.g. ocrmypdf");
  SourceText source = ingest_bytes(text, path);
  source.format = "pdf";
  source.sha256 = sha256_hex(bytes);
  source.encoding = "";
  int pages = 1;
  for (char c : text) pages += c == '\f';
  source.page_count = pages;
  return source;
}

}  // namespace budgetsite
