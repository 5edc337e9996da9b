// Parse time and peak memory against input size, for inputs no publisher would send but anyone
// could: a real disclosure repeated, one huge line, a million short lines. Each case runs in a
// child process of its own so that its peak RSS is its own (wait4's rusage). Prints one line per
// case: shape, size, seconds, seconds per MB, peak RSS and its ratio to the input.
//   budgetsite_input_size_bench [MB ...]      (default: 1 10 50)
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/source_text.h"
#include "model/parse.h"
#include "validate/validate.h"

namespace {

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string make_input(const std::string& shape, size_t bytes) {
  std::string out;
  out.reserve(bytes + 4096);
  if (shape == "repeated-disclosure") {
    const std::string seed = read_all(std::string(BUDGETSITE_SOURCE_DIR) + "/content/disclosures/shanxi-liulin-2024-budget.txt");
    while (out.size() < bytes) out += seed;
  } else if (shape == "one-huge-line") {
    out = "山西省某县财政局2024年部门预算\n";
    while (out.size() < bytes) out += "一般公共服务支出 1,234.56 ";
    out += "\n";
  } else {  // a-million-short-lines
    out = "山西省某县财政局2024年部门预算\n";
    for (int i = 0; out.size() < bytes; ++i) out += "行" + std::to_string(i % 1000) + " 1.00\n";
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<double> sizes;
  for (int i = 1; i < argc; ++i) sizes.push_back(std::atof(argv[i]));
  if (sizes.empty()) sizes = {1, 10, 50};
  std::printf("%-22s %8s %9s %9s %10s %8s\n", "shape", "MB", "seconds", "s/MB", "peak MB", "peak/in");
  for (const char* shape : {"repeated-disclosure", "one-huge-line", "a-million-short-lines"}) {
    for (double mb : sizes) {
      int pipe_fd[2];
      if (pipe(pipe_fd) != 0) return 1;
      pid_t child = fork();
      if (child == 0) {
        close(pipe_fd[0]);
        const std::string input = make_input(shape, static_cast<size_t>(mb * 1024 * 1024));
        const auto start = std::chrono::steady_clock::now();
        try {
          budgetsite::Disclosure d = budgetsite::build_disclosure(budgetsite::ingest_bytes(input, "bench.txt"));
          budgetsite::validate(d);
        } catch (const budgetsite::InputError&) {
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        (void)!write(pipe_fd[1], &seconds, sizeof seconds);
        _exit(0);
      }
      close(pipe_fd[1]);
      double seconds = -1;
      (void)!read(pipe_fd[0], &seconds, sizeof seconds);
      close(pipe_fd[0]);
      int status = 0;
      struct rusage usage {};
      wait4(child, &status, 0, &usage);
      const double peak_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;
      std::printf("%-22s %8.0f %9.2f %9.3f %10.0f %8.1f\n", shape, mb, seconds, seconds / mb, peak_mb, peak_mb / mb);
      std::fflush(stdout);
    }
  }
  return 0;
}
