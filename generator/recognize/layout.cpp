#include "recognize/layout.h"

#include <algorithm>

#include "common/text.h"
#include "recognize/rows.h"

namespace budgetsite {

bool LayoutToken::is_integer() const {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int join_wrapped_decimals(std::vector<LayoutToken>& above, std::vector<LayoutToken>& below) {
  auto fraction = [](const LayoutToken& t) {
    return t.text.size() >= 2 && t.text.size() <= 7 && t.text[0] == '.' &&
           std::all_of(t.text.begin() + 1, t.text.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  auto whole = [](const LayoutToken& t) {
    return t.kind == TokenKind::amount && t.text.find('.') == std::string::npos && t.text[0] != '-';
  };
  int joined = 0;
  for (size_t k = 0; k < below.size();) {
    LayoutToken* host = nullptr;
    if (fraction(below[k]))
      for (auto& t : above)
        if (whole(t) && below[k].begin >= t.begin - 1 && below[k].begin <= t.end + 1) { host = &t; break; }
    if (!host) { ++k; continue; }
    host->text += below[k].text;
    host->end = std::max(host->end, below[k].end);
    host->value = parse_number(host->text);
    below.erase(below.begin() + static_cast<long>(k));
    ++joined;
  }
  return joined;
}

namespace {

struct Word {
  std::u32string text;
  int begin = 0;
};


LayoutToken make_token(const std::u32string& text, int begin) {
  LayoutToken t;
  t.text = to_utf8(text);
  t.begin = begin;
  t.end = begin + static_cast<int>(text.size());
  if (auto v = parse_number(t.text)) {
    t.kind = TokenKind::amount;
    t.value = v;
  } else if (is_blank_value(t.text)) {
    t.kind = TokenKind::blank;
  }
  return t;
}

bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// Length of a number glued to the text after it ("1222.75一、…"), or 0.
size_t glued_prefix(const std::u32string& w) {
  size_t i = 0;
  if (i < w.size() && w[i] == U'-') ++i;
  size_t digits_from = i;
  while (i < w.size() && (is_ascii_digit(w[i]) || w[i] == U',' || w[i] == U'.')) ++i;
  if (i == digits_from || i >= w.size() || !is_cjk(w[i])) return 0;
  // Only a figure with a decimal point is taken apart: "2024年" stays one word.
  std::u32string number = w.substr(0, i);
  if (number.find(U'.') == std::u32string::npos) return 0;
  return parse_number(to_utf8(number)) ? i : 0;
}

}  // namespace

std::vector<LayoutToken> layout_tokens(const std::string& line) {
  std::u32string s = to_u32(line);
  // Words: runs of non-blank code points, with their starting column.
  std::vector<Word> words;
  std::vector<int> gap_before;  // blanks between a word and the previous one
  int gap = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (is_blank(s[i]) || s[i] == U'\t') {
      ++gap;
      continue;
    }
    if (words.empty() || gap > 0) {
      words.push_back({std::u32string(1, s[i]), static_cast<int>(i)});
      gap_before.push_back(gap);
    } else {
      words.back().text += s[i];
    }
    gap = 0;
  }
  // Take glued figures apart.
  for (size_t k = 0; k < words.size(); ++k) {
    size_t n = glued_prefix(words[k].text);
    if (n == 0) continue;
    Word rest{words[k].text.substr(n), words[k].begin + static_cast<int>(n)};
    words[k].text.resize(n);
    words.insert(words.begin() + static_cast<long>(k) + 1, rest);
    gap_before.insert(gap_before.begin() + static_cast<long>(k) + 1, 0);
  }
  // A year is never an amount: "2026 年预算数" is one heading.
  for (size_t k = 0; k + 1 < words.size(); ++k) {
    const std::u32string& w = words[k].text;
    bool year = w.size() == 4 && (w[0] == U'1' || w[0] == U'2') &&
                std::all_of(w.begin(), w.end(), is_ascii_digit);
    if (!year || gap_before[k + 1] > 1 || words[k + 1].text.empty() || words[k + 1].text[0] != U'年') continue;
    words[k].text += words[k + 1].text;
    words.erase(words.begin() + static_cast<long>(k) + 1);
    gap_before.erase(gap_before.begin() + static_cast<long>(k) + 1);
  }
  std::vector<LayoutToken> out;
  bool last_single = false;  // the previous word was one CJK character ("项   目", "合    计")
  for (size_t k = 0; k < words.size(); ++k) {
    LayoutToken word = make_token(words[k].text, words[k].begin);
    bool single = words[k].text.size() == 1 && is_cjk(words[k].text[0]);
    // 类 款 项 head three code columns: they stay apart.
    auto code_head = [](char32_t c) { return std::u32string(U"类款项").find(c) != std::u32string::npos; };
    bool code_heads = single && k > 0 && code_head(words[k].text[0]) && code_head(words[k - 1].text[0]);
    bool spaced_out = single && last_single && gap_before[k] <= 20 && !code_heads;
    last_single = single;
    bool joins = !out.empty() && (gap_before[k] == 1 || spaced_out) && out.back().kind == TokenKind::text &&
                 word.kind == TokenKind::text;
    if (spaced_out && joins) {
      out.back().text += word.text;
      out.back().end = word.end;
      continue;
    }
    if (joins) {
      out.back().text += " " + word.text;
      out.back().end = word.end;
    } else {
      word.gap_before = gap_before[k];
      out.push_back(std::move(word));
    }
  }
  return out;
}

}  // namespace budgetsite
