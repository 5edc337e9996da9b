#include "ingest/source_text.h"

#include "common/files.h"

#include "common/text.h"
#include "ingest/pdf_text.h"

#include <iconv.h>
#include <openssl/evp.h>

#include <array>
#include <cerrno>
#include <fstream>
#include <sstream>

namespace budgetsite {

InputError::InputError(std::string file, int line, const std::string& reason)
    : std::runtime_error(file + (line > 0 ? ":" + std::to_string(line) : std::string()) + ": " +
                         reason),
      file_(std::move(file)),
      line_(line),
      reason_(reason) {}

namespace {

// Decodes one UTF-8 code point at `i`; returns its length, or 0 when the bytes are invalid.
int utf8_length(std::string_view s, size_t i, char32_t* cp) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  int n;
  char32_t v;
  if (c < 0x80) { *cp = c; return 1; }
  if ((c & 0xE0) == 0xC0) { n = 2; v = c & 0x1F; }
  else if ((c & 0xF0) == 0xE0) { n = 3; v = c & 0x0F; }
  else if ((c & 0xF8) == 0xF0) { n = 4; v = c & 0x07; }
  else return 0;
  if (i + n > s.size()) return 0;
  for (int k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    v = (v << 6) | (b(i + k) & 0x3F);
  }
  if ((n == 2 && v < 0x80) || (n == 3 && v < 0x800) || (n == 4 && (v < 0x10000 || v > 0x10FFFF)) ||
      (v >= 0xD800 && v <= 0xDFFF))
    return 0;
  *cp = v;
  return n;
}

// Full-width forms that carry numbers or codes become ASCII; the CJK punctuation of prose
// (，：（） etc.) stays as printed, since names such as 政府办公厅（室） are data.
char32_t normalize_code_point(char32_t cp) {
  if (cp >= 0xFF10 && cp <= 0xFF19) return U'0' + (cp - 0xFF10);  // ０-９
  if (cp >= 0xFF21 && cp <= 0xFF3A) return U'A' + (cp - 0xFF21);  // Ａ-Ｚ
  if (cp >= 0xFF41 && cp <= 0xFF5A) return U'a' + (cp - 0xFF41);  // ａ-ｚ
  switch (cp) {
    case 0xFF0E: return U'.';  // ．
    case 0xFF05: return U'%';  // ％
    case 0xFF0B: return U'+';  // ＋
    case 0xFF0D: return U'-';  // －
    case 0xFF1C: return U'<';  // ＜
    case 0xFF1E: return U'>';  // ＞
    case 0xFF1D: return U'=';  // ＝
    case 0x00A0: return U' ';  // no-break space
    case 0x2007: return U' ';  // figure space
    case 0x202F: return U' ';  // narrow no-break space
    default: return cp;
  }
}

bool is_dropped(char32_t cp) {
  return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF ||
         cp == 0x00AD;
}

std::string gb18030_to_utf8(std::string_view bytes, const std::string& file) {
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == reinterpret_cast<iconv_t>(-1)) throw InputError(file, 0, "GB18030 decoder unavailable");
  std::string out;
  out.resize(bytes.size() * 2 + 16);
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  char* dst = out.data();
  size_t out_left = out.size();
  while (in_left > 0) {
    size_t r = iconv(cd, &in, &in_left, &dst, &out_left);
    if (r == static_cast<size_t>(-1)) {
      if (errno == E2BIG) {
        size_t used = dst - out.data();
        out.resize(out.size() * 2);
        dst = out.data() + used;
        out_left = out.size() - used;
        continue;
      }
      iconv_close(cd);
      throw InputError(file, 0, "not valid UTF-8 and not valid GB18030 text (byte offset " +
                                    std::to_string(bytes.size() - in_left) + ")");
    }
  }
  iconv_close(cd);
  out.resize(dst - out.data());
  return out;
}

}  // namespace

std::string normalize_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t cp;
    int n = utf8_length(s, i, &cp);
    if (n == 0) { ++i; continue; }  // callers pass valid UTF-8; be safe anyway
    i += n;
    if (is_dropped(cp)) continue;
    append_utf8(out, normalize_code_point(cp));
  }
  return out;
}

std::string sha256_hex(std::string_view bytes) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int len = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest.data(), &len, EVP_sha256(), nullptr);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < len; ++i) {
    out += hex[digest[i] >> 4];
    out += hex[digest[i] & 15];
  }
  return out;
}

SourceText ingest_bytes(std::string_view bytes, const std::string& file) {
  SourceText text;
  text.file = file;
  text.sha256 = sha256_hex(bytes);
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos)
    throw InputError(file, 0, "the file is empty");
  if (bytes.find('\0') != std::string_view::npos)
    throw InputError(file, 0, "binary data (NUL bytes): expected a text file");

  std::string decoded;
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    text.had_bom = true;
    bytes.remove_prefix(3);
  }
  if (is_valid_utf8(bytes)) {
    text.encoding = "utf-8";
    decoded.assign(bytes);
  } else {
    text.encoding = "gb18030";
    decoded = gb18030_to_utf8(bytes, file);
  }
  // Control characters other than tab/CR/LF/FF mark a binary file that happened to decode.
  size_t controls = 0;
  for (unsigned char c : decoded)
    if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f') ++controls;
  if (controls * 100 > decoded.size()) throw InputError(file, 0, "binary data: expected a text file");

  std::string normalized = normalize_text(decoded);
  std::string().swap(decoded);  // memory: at most the input, the text and its lines at once
  int page = 1;
  size_t start = 0;
  while (start <= normalized.size()) {
    size_t end = normalized.find('\n', start);
    if (end == std::string::npos) end = normalized.size();
    std::string line = normalized.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    // A form feed opens a new page; it is dropped so that the columns of the line stay put.
    int line_page = page;
    std::string kept;
    kept.reserve(line.size());
    for (char c : line) {
      if (c == '\f') {
        ++page;
        if (kept.empty()) line_page = page;
        continue;
      }
      kept += c == '\r' ? ' ' : c;
    }
    text.lines.push_back(std::move(kept));
    text.pages.push_back(line_page);
    if (end == normalized.size()) break;
    start = end + 1;
  }
  if (!text.lines.empty() && text.lines.back().empty()) {
    text.lines.pop_back();
    text.pages.pop_back();
  }
  text.page_count = text.pages.empty() ? 1 : text.pages.back();
  bool has_text = false;
  for (const auto& l : text.lines)
    if (!trim(l).empty()) { has_text = true; break; }
  if (!has_text && page > 1)
    throw InputError(file, 0, "the file has no text (a scanned image); run OCR first, e.g. ocrmypdf");
  return text;
}

SourceText join_parts(std::vector<SourceText> parts) {
  if (parts.empty()) return {};
  SourceText joined = std::move(parts.front());
  std::string hashes = joined.sha256;
  for (size_t i = 1; i < parts.size(); ++i) {
    const int offset = joined.page_count;
    for (size_t k = 0; k < parts[i].lines.size(); ++k) {
      joined.lines.push_back(std::move(parts[i].lines[k]));
      joined.pages.push_back(parts[i].pages[k] + offset);
    }
    joined.page_count += parts[i].page_count;
    hashes += parts[i].sha256;
  }
  if (parts.size() > 1) joined.sha256 = sha256_hex(hashes);
  return joined;
}

SourceText ingest_file(const std::string& path) {
  std::string why;
  const std::optional<std::string> read = read_input_file(path, kMaxDisclosureBytes, "a disclosure", &why);
  if (!read) throw InputError(path, 0, why);
  const std::string& bytes = *read;
  if (looks_like_pdf(bytes)) return ingest_pdf(path, bytes);
  return ingest_bytes(bytes, path);
}

}  // namespace budgetsite
