#include <cctype>
#include "common/text.h"

#include <cmath>
#include <cstdio>

namespace budgetsite {

std::string escape_markup(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
  return out;
}

bool is_valid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { ++i; continue; }
    int n = 0;
    char32_t cp = 0;
    if ((c & 0xE0) == 0xC0) { n = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { n = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { n = 4; cp = c & 0x07; }
    else return false;
    if (i + static_cast<size_t>(n) > s.size()) return false;
    for (int k = 1; k < n; ++k) {
      const unsigned char d = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += static_cast<size_t>(n);
  }
  return true;
}

std::u32string to_u32(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (n == 0 || i + n > s.size()) { ++i; continue; }
    char32_t v = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < n; ++k) v = (v << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out += v;
    i += n;
  }
  return out;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string to_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 3);
  for (char32_t cp : text) append_utf8(out, cp);
  return out;
}

bool is_cjk(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x3000 && cp <= 0x303F && cp != 0x3000) || (cp >= 0xFF00 && cp <= 0xFFEF) ||
         (cp >= 0x2460 && cp <= 0x24FF) || cp == 0x201C || cp == 0x201D;
}

bool is_blank(char32_t cp) { return cp == ' ' || cp == '\t' || cp == 0x3000; }

namespace {
bool blank_at(std::string_view s, size_t i, size_t* len) {
  if (s[i] == ' ' || s[i] == '\t') { *len = 1; return true; }
  if (s.substr(i, 3) == "\xE3\x80\x80") { *len = 3; return true; }
  return false;
}
}  // namespace

std::string trim(std::string_view s) {
  size_t begin = 0, len;
  while (begin < s.size() && blank_at(s, begin, &len)) begin += len;
  size_t end = s.size();
  while (end > begin) {
    if (s[end - 1] == ' ' || s[end - 1] == '\t') { --end; continue; }
    if (end >= begin + 3 && s.substr(end - 3, 3) == "\xE3\x80\x80") { end -= 3; continue; }
    break;
  }
  return std::string(s.substr(begin, end - begin));
}

std::string strip_blanks(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t run = 0;  // start of the current run of non-blank bytes
  for (size_t i = 0; i < s.size();) {
    char c = s[i];
    size_t len = c == ' ' || c == '\t' ? 1 : (c == '\xE3' && s.substr(i, 3) == "\xE3\x80\x80") ? 3 : 0;
    if (len == 0) { ++i; continue; }
    out.append(s.data() + run, i - run);
    i += len;
    run = i;
  }
  out.append(s.data() + run, s.size() - run);
  return out;
}

bool contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }
bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) {
      out.emplace_back(s.substr(start));
      return out;
    }
    out.emplace_back(s.substr(start, pos - start));
    start = pos + 1;
  }
}

size_t length_cp(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

int indent_of(std::string_view s) {
  int n = 0;
  for (size_t i = 0, len; i < s.size() && blank_at(s, i, &len); i += len) ++n;
  return n;
}

std::string format_fixed(double value, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  std::string out = buf;
  if (out == "-0.00" || out == "-0") out.erase(0, 1);
  return out;
}

long long to_cents(double value) {
  // Saturates, so that an absurd printed amount (1e400, forty digits) stays comparable.
  constexpr double limit = 1e15;  // 10 万亿元 in cents, far beyond any budget
  const double cents = value * 100.0;
  if (std::isnan(cents)) return 0;
  if (cents > limit) return static_cast<long long>(limit);
  if (cents < -limit) return -static_cast<long long>(limit);
  return std::llround(cents);
}

std::string csv_field(const std::string& raw) {
  // A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is kept as text
  // with a leading apostrophe (OWASP's advice); a plain number such as -12.50 stays a number.
  std::string text = raw;
  if (!text.empty() && std::string("=+-@\t\r").find(text[0]) != std::string::npos) {
    bool number = text.size() > 1;
    for (size_t i = 1; i < text.size(); ++i) number &= (text[i] >= '0' && text[i] <= '9') || text[i] == '.';
    if (!number || (text[0] != '-' && text[0] != '+')) text = "'" + text;
  }
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::optional<int> year_in(std::string_view s) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (size_t i = 0; i + 7 <= s.size(); ++i)
    if (s[i] == '2' && s[i + 1] == '0' && digit(s[i + 2]) && digit(s[i + 3]) && (i == 0 || !digit(s[i - 1])) &&
        s.substr(i + 4, 3) == "年")
      return (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
  return std::nullopt;
}

std::string bare_label(std::string_view label) {
  std::string s = strip_blanks(label);
  size_t mark = s.find("、");
  if (mark != std::string::npos && mark <= 12) s = s.substr(mark + 3);
  for (const char* open : {"（", "("}) {
    if (starts_with(s, open)) {
      size_t close = s.find(std::string(open) == "（" ? "）" : ")");
      if (close != std::string::npos && close <= 12) s = s.substr(close + (std::string(open) == "（" ? 3 : 1));
    }
  }
  if (!s.empty() && isdigit(static_cast<unsigned char>(s[0]))) {
    size_t i = 0;
    while (i < s.size() && (isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.')) ++i;
    s = s.substr(i);
  }
  return s;
}

std::string close_up_justified(std::string_view s) {
  std::u32string u = to_u32(s), out;
  auto ideograph = [](char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; };
  for (size_t i = 0; i < u.size(); ++i) {
    if (u[i] == U' ' && !out.empty() && ideograph(out.back()) && i + 1 < u.size() && ideograph(u[i + 1])) continue;
    out += u[i];
  }
  return to_utf8(out);
}

int printed_decimals(const std::vector<std::optional<double>>& values) {
  int decimals = 2;
  for (const auto& v : values) {
    if (!v) continue;
    while (decimals < 6) {
      const double scaled = *v * std::pow(10.0, decimals);
      if (std::fabs(scaled - std::round(scaled)) <= 1e-14 * std::fabs(scaled) + 1e-6) break;
      ++decimals;
    }
  }
  return decimals;
}

}  // namespace budgetsite
