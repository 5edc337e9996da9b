// The 情况说明 against itself and the tables: stated totals against the parts listed after
// 其中, a figure restated differently, percentages recomputed (changes against
// last year, shares, completion of the budget), and 类 amounts against the table the section
// describes. Comparisons use the printed precision of every figure (tolerance.h).
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "common/text.h"
#include "model/proof.h"
#include "model/table_lookup.h"
#include "validate/checks.h"
#include "validate/tolerance.h"

namespace budgetsite {

namespace {

// Words that make an amount a comparison or an explanation rather than a part of a total.
const std::vector<std::u32string>& comparison_words() {
  static const std::vector<std::u32string> words = {U"比", U"较", U"增加", U"减少", U"增长", U"下降", U"相比",
                                                     U"原因", U"增减", U"节约", U"超支"};
  return words;
}
const std::vector<std::u32string>& list_openers() {
  static const std::vector<std::u32string> words = {U"其中", U"包括"};
  return words;
}
const std::u32string kLabelBreaks = U"。；;，,、：:";

bool has_any(const std::u32string& s, const std::vector<std::u32string>& words) {
  for (const auto& w : words)
    if (s.find(w) != std::u32string::npos) return true;
  return false;
}

// opener: 其中; stop: 包括 (a nested itemization ends the list it stands in).
// clause_end: a "；" outside brackets.
enum class Kind2 { amount, percent, opener, stop, sentence_end, paragraph_end, clause_end };

struct Token {
  Kind2 kind;
  double value = 0;
  int decimals = 0;
  std::u32string label;  // text since the last break or figure
  bool comparative = false;
  int line = 0;
  int paragraph = 0;
  int depth = 0;  // inside how many brackets: "210.39万元（购置费40万元…）" details 210.39 at depth 1
};

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// A paragraph whose figures the text extraction tore apart: decimals printed away from their
// whole part ("890             .22万元", "费用552万元,与 / .97万元" in 重庆's layout). Its amounts
// cannot be read surely, so none of them is compared.
bool torn_figures(const std::u32string& t) {
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i] != U'.' || !is_digit(t[i + 1])) continue;
    if (i == 0 || !is_digit(t[i - 1])) return true;
  }
  return false;
}

// One section's paragraphs as a stream of figures and markers.
std::vector<Token> tokenize(const Section& s) {
  std::vector<Token> out;
  for (size_t p = 0; p < s.paragraphs.size(); ++p) {
    // Characters spread out to justify a line ("项 目 支 出 预 算 474.56 万 元") read as words.
    std::u32string t = to_u32(close_up_justified(s.paragraphs[p]));
    int line = p < s.paragraph_lines.size() ? s.paragraph_lines[p] : s.line;
    std::u32string label;
    int depth = 0;
    if (torn_figures(t)) t.clear();
    for (size_t i = 0; i < t.size();) {
      char32_t c = t[i];
      if (c == U'（' || c == U'(') ++depth;
      if ((c == U'）' || c == U')') && depth > 0) --depth;
      if (is_digit(c)) {
        size_t j = i;
        std::string num;
        int decimals = -1;
        while (j < t.size() && (is_digit(t[j]) || ((t[j] == U',' || t[j] == U'.') && j + 1 < t.size() && is_digit(t[j + 1])))) {
          if (t[j] == U'.') decimals = 0;
          else if (t[j] != U',') { num += static_cast<char>(t[j]); if (decimals >= 0) ++decimals; }
          if (t[j] == U'.') num += '.';
          ++j;
        }
        size_t k = j;
        while (k < t.size() && is_blank(t[k])) ++k;
        bool amount = t.compare(k, 2, U"万元") == 0;
        bool pct = k < t.size() && (t[k] == U'%' || t[k] == U'％');
        if (amount || pct) {
          Token tok{amount ? Kind2::amount : Kind2::percent, std::stod(num), std::max(decimals, 0), label, false, line,
                    static_cast<int>(p), depth};
          tok.comparative = has_any(label, comparison_words());
          out.push_back(tok);
          label.clear();
          i = k + (amount ? 2 : 1);
          continue;
        }
        label += t.substr(i, j - i);
        i = j;
        continue;
      }
      bool opener = false;
      for (const auto& w : list_openers())
        if (t.compare(i, w.size(), w) == 0) {
          Token tok;
          tok.kind = w == U"包括" ? Kind2::stop : Kind2::opener;
          tok.depth = depth;
          tok.line = line;
          tok.paragraph = static_cast<int>(p);
          out.push_back(tok);
          label += w;
          i += w.size();
          opener = true;
          break;
        }
      if (opener) continue;
      if ((c == U'；' || c == U';') && depth == 0) {
        Token tok;
        tok.kind = Kind2::clause_end;
        tok.line = line;
        tok.paragraph = static_cast<int>(p);
        out.push_back(tok);
      }
      if (c == U'。' && depth == 0) {
        Token tok;
        tok.kind = Kind2::sentence_end;
        tok.line = line;
        tok.paragraph = static_cast<int>(p);
        out.push_back(tok);
      }
      if (kLabelBreaks.find(c) != std::u32string::npos) label.clear();
      else if (!is_blank(c)) label += c;
      ++i;
    }
    Token end;
    end.kind = Kind2::paragraph_end;
    end.line = line;
    end.paragraph = static_cast<int>(p);
    out.push_back(end);
  }
  return out;
}

bool is_boundary(const Token& t) { return t.kind == Kind2::sentence_end || t.kind == Kind2::paragraph_end; }
bool ends_list(const Token& t) { return is_boundary(t) || t.kind == Kind2::opener || t.kind == Kind2::stop; }

std::u32string strip_total_words(std::u32string s) {
  for (const std::u32string w : {U"总计", U"合计", U"共计", U"总额", U"总预算"}) {
    if (s.size() >= w.size() && s.compare(s.size() - w.size(), w.size(), w) == 0) s.resize(s.size() - w.size());
  }
  return s;
}

size_t common_suffix(const std::u32string& a, const std::u32string& b) {
  size_t n = 0;
  while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n]) ++n;
  return n;
}

std::string quote(const std::u32string& label) {
  std::u32string l = label.size() > 24 ? label.substr(label.size() - 24) : label;
  return to_utf8(l);
}

struct NarrativeContext {
  const Disclosure& d;
  const Section& section;
  std::vector<Check>& out;
  // Every figure the tables print, in 万元: read once per document, when a statement first needs it.
  std::optional<std::vector<double>>* printed = nullptr;
};

Finding narrative_finding(const std::vector<int>& lines, double expected, double actual, Wording wording) {
  Finding f;
  f.id = "narrative-mismatch";
  f.lines = lines;
  f.expected = expected;
  f.actual = actual;
  f.wording = {std::move(wording)};
  return f;
}

// Items a sentence may list after a total they are not part of: 会议费 and 培训费 after the
// “三公”经费 (tables print them beside it, never in it).
bool outside_total(const std::vector<const Token*>& totals, const Token& part) {
  bool three_public = false;
  for (const Token* t : totals) three_public |= t->label.find(U"三公") != std::u32string::npos;
  return three_public && (part.label.find(U"会议费") != std::u32string::npos || part.label.find(U"培训费") != std::u32string::npos);
}

// The amount at `p` is followed, before any other figure, by 其中.
bool opens_list(const std::vector<Token>& toks, size_t p) {
  for (size_t q = p + 1; q < toks.size(); ++q) {
    if (toks[q].kind == Kind2::opener) return true;
    if (toks[q].kind != Kind2::clause_end) return false;
  }
  return false;
}

// 其中: the stated total against the parts listed after it. Lists may name only
// some parts, so only parts that exceed the total are a mismatch.
void check_lists(const NarrativeContext& c, const std::vector<Token>& toks) {
  for (size_t k = 0; k < toks.size(); ++k) {
    if (toks[k].kind != Kind2::opener) continue;
    std::vector<const Token*> totals;
    size_t i = k;
    while (i > 0 && !ends_list(toks[i - 1])) {
      --i;
      if (toks[i].kind == Kind2::amount && !toks[i].comparative) totals.push_back(&toks[i]);
    }
    if (totals.empty() && i > 0 && i == k && is_boundary(toks[i - 1])) {
      // 其中 opens a sentence: the total is in the sentence before.
      size_t j = i - 1;
      while (j > 0 && !ends_list(toks[j - 1])) {
        --j;
        if (toks[j].kind == Kind2::amount && !toks[j].comparative) totals.push_back(&toks[j]);
      }
    }
    if (totals.empty()) continue;
    // A 其中 inside a list opened by 包括 ("主要包括：…973.30万元，其中结转结余220.80万元，用于…；
    // 系统线路租用费40.00万元…") details one item of it: its list ends at the "；".
    bool nested = i > 0 && toks[i - 1].kind == Kind2::stop;
    std::reverse(totals.begin(), totals.end());
    size_t p = k + 1;
    if (p < toks.size() && toks[p].kind == Kind2::paragraph_end) ++p;  // the list is the next paragraph
    std::vector<const Token*> parts;
    // The list ends with its sentence, at a nested 包括, or where an explanation (原因) begins.
    // Amounts in brackets after a part detail that part: they are not parts of the list.
    for (; p < toks.size() && !ends_list(toks[p]); ++p) {
      if (nested && toks[p].kind == Kind2::clause_end) break;
      if (toks[p].kind != Kind2::amount) continue;
      // An amount followed by its own 其中 is the total of the next list ("…；本部门当年预算支出
      // 5,093.76万元，其中：…"): this one ended before it.
      if (opens_list(toks, p)) break;
      if (toks[p].label.find(U"原因") != std::u32string::npos) break;
      if (toks[p].depth > toks[k].depth) continue;
      if (!toks[p].comparative && !outside_total(totals, toks[p])) parts.push_back(&toks[p]);
    }
    if (parts.size() < 2) continue;
    std::map<const Token*, std::vector<const Token*>> assigned;
    for (const Token* part : parts) {
      if (totals.size() == 1) { assigned[totals.front()].push_back(part); continue; }
      const Token* best = nullptr;
      size_t best_len = 1;
      for (const Token* t : totals) {
        size_t n = common_suffix(strip_total_words(t->label), part->label);
        if (n > best_len) { best_len = n; best = t; }
      }
      if (best) assigned[best].push_back(part);
    }
    for (const Token* total : totals) {
      const auto& ps = assigned[total];
      if (ps.size() < 2) continue;
      double sum = 0, half = half_unit(total->decimals);
      std::vector<int> lines = {total->line};
      std::string listed;
      for (const Token* part : ps) {
        sum += part->value;
        half += half_unit(part->decimals);
        lines.push_back(part->line);
        if (!listed.empty()) listed += "+";
        listed += figure(part->value, part->decimals);
      }
      if (sum <= total->value) continue;
      Finding f = narrative_finding(lines, sum, total->value,
                                    {"check.narrative.parts_exceed_total",
                                     {{"line", total->line}, {"label", quote(total->label)},
                                      {"total", figure(total->value, total->decimals)}, {"parts", listed},
                                      {"sum", figure(sum, 2)}}});
      report(c.out, compare(total->value, sum, half), f);
    }
  }
}

// The same subject restated in one paragraph with a different amount: segments (between 。
// and ；) that open with the same subject clause ("特定目标类项目14个") and state an amount under
// the same label (项目 ignored: 涉及金额 = 涉及项目金额).
void check_restatements(const NarrativeContext& c) {
  for (size_t p = 0; p < c.section.paragraphs.size(); ++p) {
    std::u32string t = to_u32(c.section.paragraphs[p]);
    int line = p < c.section.paragraph_lines.size() ? c.section.paragraph_lines[p] : c.section.line;
    std::map<std::u32string, std::pair<double, int>> seen;  // key → value, decimals
    size_t start = 0;
    while (start < t.size()) {
      size_t end = t.find_first_of(U"。；;", start);
      if (end == std::u32string::npos) end = t.size();
      std::u32string seg = t.substr(start, end - start);
      start = end + 1;
      // The first clause break ("," between digits is a thousands separator).
      size_t comma = std::u32string::npos;
      for (size_t q = 0; q < seg.size() && comma == std::u32string::npos; ++q)
        if (seg[q] == U'，' || (seg[q] == U',' && !(q > 0 && q + 1 < seg.size() && is_digit(seg[q - 1]) && is_digit(seg[q + 1]))))
          comma = q;
      if (comma == std::u32string::npos) continue;
      std::u32string subject = seg.substr(0, comma);
      for (const std::u32string w : {U"其中：", U"其中:", U"其中"})
        if (subject.compare(0, w.size(), w) == 0) subject = subject.substr(w.size());
      if (subject.find(U"万元") != std::u32string::npos || subject.empty()) continue;
      Section one;
      one.paragraphs = {to_utf8(seg.substr(comma + 1))};
      one.paragraph_lines = {line};
      for (const Token& tok : tokenize(one)) {
        if (tok.kind != Kind2::amount || tok.comparative || tok.label.size() < 2) continue;
        std::u32string label = tok.label;
        for (size_t at = label.find(U"项目"); at != std::u32string::npos; at = label.find(U"项目")) label.erase(at, 2);
        std::u32string key = subject + U"|" + label;
        auto [it, fresh] = seen.emplace(key, std::pair{tok.value, tok.decimals});
        if (fresh) continue;
        double first = it->second.first;
        Finding f = narrative_finding({line}, first, tok.value,
                                      {"check.narrative.restated",
                                       {{"line", line}, {"subject", to_utf8(subject)}, {"label", quote(tok.label)},
                                        {"first", figure(first, it->second.second)},
                                        {"then", figure(tok.value, tok.decimals)}}});
        report(c.out, compare(tok.value, first, half_unit(tok.decimals) + half_unit(it->second.second)), f);
      }
    }
  }
}

// The amount a change or share is of: the nearest one before, at the same bracket depth (the
// details in brackets between are skipped).
const Token* nearest_amount_before(const std::vector<Token>& toks, size_t k, bool comparative) {
  for (size_t i = k; i-- > 0;) {
    if (toks[i].kind == Kind2::paragraph_end) return nullptr;
    if (toks[i].kind == Kind2::amount && toks[i].comparative == comparative && toks[i].depth <= toks[k].depth)
      return &toks[i];
  }
  return nullptr;
}

Verdict best_of(Verdict a, Verdict b) { return std::min(a, b); }

// A recomputed percentage close enough to the stated one to be the same statement misprinted
// (within one point, or a tenth of it): farther off, the figures compared are not the ones the
// sentence speaks of.
bool near_enough(double recomputed, double stated) {
  return std::fabs(recomputed - stated) <= std::max(1.0, 0.1 * std::fabs(stated));
}

// What kind of budget or account figure a label states: "年初" (年初预算), "全年" (全年预算,
// 调整预算), "预算", "决算", or "".
std::string budget_key(std::u32string label) {
  while (!label.empty() && std::u32string(U"为是数：:").find(label.back()) != std::u32string::npos) label.pop_back();
  auto ends = [&](const std::u32string& w) { return label.size() >= w.size() && label.compare(label.size() - w.size(), w.size(), w) == 0; };
  if (ends(U"年初预算")) return "年初";
  if (ends(U"全年预算") || ends(U"调整预算") || ends(U"调整后预算")) return "全年";
  if (ends(U"预算")) return "预算";
  if (ends(U"决算") || ends(U"实际支出")) return "决算";
  return "";
}

// "决算数小于全年预算数", "决算数与年初预算数持平": the words against the two figures stated
// before them in the paragraph.
void check_budget_comparisons(const NarrativeContext& c, const std::vector<Token>& toks) {
  static const std::vector<std::pair<std::u32string, int>> relations = {
      {U"大于", 1}, {U"高于", 1}, {U"超过", 1}, {U"小于", -1}, {U"低于", -1}};
  for (size_t p = 0; p < c.section.paragraphs.size(); ++p) {
    std::u32string text;
    for (char32_t ch : to_u32(c.section.paragraphs[p]))
      if (!is_blank(ch)) text += ch;
    if (text.find(U"决算数") == std::u32string::npos) continue;
    std::vector<const Token*> amounts;
    for (const Token& t : toks)
      if (t.paragraph == static_cast<int>(p) && t.kind == Kind2::amount) amounts.push_back(&t);
    if (amounts.empty()) continue;
    for (size_t at = text.find(U"决算数"); at != std::u32string::npos; at = text.find(U"决算数", at + 1)) {
      size_t q = at + 3;
      int relation = 2;  // 2: not a comparison
      if (text.compare(q, 1, U"与") == 0 || text.compare(q, 1, U"和") == 0) {
        relation = 0;
        ++q;
      } else {
        for (const auto& [w, r] : relations)
          if (text.compare(q, w.size(), w) == 0) { relation = r; q += w.size(); break; }
      }
      if (relation == 2) continue;
      std::string base_key;
      if (text.compare(q, 4, U"年初预算") == 0) base_key = "年初";
      else if (text.compare(q, 4, U"全年预算") == 0 || text.compare(q, 4, U"调整预算") == 0) base_key = "全年";
      else continue;
      size_t after = q + 4 + (text.compare(q + 4, 1, U"数") == 0 ? 1 : 0);
      if (relation == 0 && !(text.compare(after, 2, U"持平") == 0 || text.compare(after, 2, U"一致") == 0 ||
                             text.compare(after, 2, U"相等") == 0 || text.compare(after, 2, U"相同") == 0))
        continue;
      // The figures: the last 决算 and the last budget of that kind stated in the paragraph
      // (statements of 决算数 comparisons follow their figures).
      const Token *account = nullptr, *budget = nullptr;
      for (const Token* t : amounts) {
        const std::string key = budget_key(t->label);
        if (key == "决算") account = t;
        if (key == base_key) budget = t;
      }
      if (!account || !budget) continue;
      const double half = half_unit(account->decimals) + half_unit(budget->decimals);
      const double diff = account->value - budget->value;
      // The printed figures are compared: 2.22 is less than 2.23.
      const bool holds = relation == 0 ? std::fabs(diff) <= half + 1e-9 : relation * diff > 1e-9;
      if (holds) continue;
      static const std::map<int, std::string> said = {{0, "equal"}, {1, "above"}, {-1, "below"}};
      Finding f = narrative_finding(
          {account->line}, budget->value, account->value,
          {"check.narrative.account_" + said.at(relation) + (base_key == "年初" ? "_initial_budget" : "_full_year_budget"),
           {{"line", account->line}, {"account", figure(account->value, account->decimals)},
            {"budget", figure(budget->value, budget->decimals)}}});
      report(c.out, Verdict::mismatch, f);
    }
  }
}

// Percentages: 下降/增长 P% against the change and the current figure, 占 P% against the
// bases stated before it, 完成预算 P% against 决算 / 预算.
void check_percentages(const NarrativeContext& c, const std::vector<Token>& toks) {
  std::vector<double> summary_bases;
  const Summary& s = c.d.summary;
  for (const Amount& a : {s.income_total, s.income_current, s.expenditure_current, s.general_public_budget, s.basic,
                          s.project, s.personnel, s.public_funds, s.admin_operating})
    if (a && *a > 0) summary_bases.push_back(*a);
  if (s.three_public && s.three_public->total && *s.three_public->total > 0) summary_bases.push_back(*s.three_public->total);
  if (s.procurement && s.procurement->total && *s.procurement->total > 0) summary_bases.push_back(*s.procurement->total);
  for (size_t k = 0; k < toks.size(); ++k) {
    const Token& pct = toks[k];
    if (pct.kind != Kind2::percent) continue;
    const std::u32string& label = pct.label;
    bool change = has_any(label, {U"下降", U"增长", U"减少", U"增加"});
    if (change) {
      size_t ci = k;
      while (ci > 0 && toks[ci - 1].kind != Kind2::amount && toks[ci - 1].kind != Kind2::paragraph_end &&
             toks[ci - 1].kind != Kind2::percent)
        --ci;
      if (ci == 0 || toks[ci - 1].kind != Kind2::amount) continue;
      const Token& delta = toks[ci - 1];
      size_t dec = delta.label.find(U"减少"), inc = delta.label.find(U"增加");
      if (dec == std::u32string::npos && inc == std::u32string::npos) continue;
      int sign = dec < inc ? 1 : -1;  // base = current + delta for a decrease
      // A fall called a rise, or a rise a fall ("减少30万元，增长20%"): the words contradict the
      // figures whatever the rate.
      bool says_fall = has_any(label, {U"下降", U"减少"}), says_rise = has_any(label, {U"增长", U"增加"});
      if (delta.value != 0 && pct.value != 0 && says_fall != says_rise && (sign == 1) != says_fall) {
        Finding f = narrative_finding({pct.line}, 0, pct.value,
                                      {sign == 1 ? "check.narrative.fall_called_rise" : "check.narrative.rise_called_fall",
                                       {{"line", pct.line},
                                        {"quoted", quote(delta.label) + figure(delta.value, delta.decimals) + "万元，" +
                                                       quote(label) + figure(pct.value, pct.decimals) + "%"}}});
        f.expected = -pct.value;
        report(c.out, Verdict::mismatch, f);
        continue;
      }
      // The figure the change is of stands in the same sentence ("…701.34万元（…）比上年增加66.79万元");
      // a sentence stating only the change ("2026年预算比2025年预算增加50.32万元") is not checked.
      std::vector<const Token*> currents;
      size_t si = ci - 1;
      while (si > 0 && !is_boundary(toks[si - 1])) --si;
      if (const Token* n = nearest_amount_before(toks, ci - 1, false); n && n >= &toks[si]) currents.push_back(n);
      for (size_t i = si; i < ci - 1; ++i)
        if (toks[i].kind == Kind2::amount && !toks[i].comparative) { currents.push_back(&toks[i]); break; }
      if (currents.empty()) continue;
      Verdict v = Verdict::mismatch;
      double expected = 0;
      for (const Token* cur : currents) {
        double base = cur->value + sign * delta.value;
        if (base <= 0) continue;
        double half = half_unit(cur->decimals) + half_unit(delta.decimals);
        Verdict one = compare_percent(pct.value, pct.decimals, delta.value, half_unit(delta.decimals), base, half);
        if (cur == currents.front()) expected = 100.0 * delta.value / base;
        v = best_of(v, one);
      }
      if (expected == 0 && v == Verdict::mismatch) continue;
      Finding f = narrative_finding({pct.line}, expected, pct.value,
                                    {"check.narrative.change_rate",
                                     {{"line", pct.line},
                                      {"quoted", quote(delta.label) + figure(delta.value, delta.decimals) + "万元，" +
                                                     quote(label) + figure(pct.value, pct.decimals) + "%"},
                                      {"expected", figure(expected)}}});
      report(c.out, v, f);
      continue;
    }
    bool completion = label.find(U"完成") != std::u32string::npos;
    bool share = label.find(U"占") != std::u32string::npos;
    if (!completion && !share) continue;
    if (has_any(label, {U"上年", U"去年", U"上一年"})) continue;  // the base is not disclosed
    const Token* num = nearest_amount_before(toks, k, false);
    if (!num) continue;
    std::vector<std::pair<double, int>> bases;  // value, decimals
    if (completion) {
      // The budget it names (完成年初预算的 / 完成全年预算数的 / 完成预算的), the nearest before.
      const std::string named = label.find(U"年初") != std::u32string::npos ? "年初"
                                : has_any(label, {U"全年", U"调整"}) ? "全年" : "";
      const Token* base = nullptr;
      for (size_t i = k; i-- > 0 && toks[i].kind != Kind2::paragraph_end;) {
        if (toks[i].kind != Kind2::amount || &toks[i] == num) continue;
        const std::string key = budget_key(toks[i].label);
        if (!key.empty() && key != "决算" && (named.empty() || key == named)) { base = &toks[i]; break; }
      }
      if (base && base->value == 0 && num->value > 0) {
        // "年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%":
        // no rate of a budget of 0; the one stated is of another budget.
        Finding f = narrative_finding({pct.line}, 0, pct.value,
                                      {"check.narrative.rate_of_zero_budget",
                                       {{"line", pct.line}, {"quoted", quote(label) + figure(pct.value, pct.decimals) + "%"},
                                        {"base", quote(base->label) + figure(base->value, base->decimals) + "万元"}}});
        report(c.out, Verdict::mismatch, f);
        continue;
      }
      if (base) bases.push_back({base->value, base->decimals});
    } else {
      for (size_t i = 0; i < k; ++i)
        if (toks[i].kind == Kind2::amount && !toks[i].comparative && &toks[i] != num && toks[i].value >= num->value)
          bases.push_back({toks[i].value, toks[i].decimals});
      bases.push_back({num->value, num->decimals});
      for (double b : summary_bases) bases.push_back({b, 2});
    }
    if (bases.empty()) continue;
    Verdict v = Verdict::mismatch;
    double expected = 0, closest = 1e300;
    for (auto [base, decimals] : bases) {
      if (base <= 0) continue;
      Verdict one = compare_percent(pct.value, pct.decimals, num->value, half_unit(num->decimals), base, half_unit(decimals));
      v = best_of(v, one);
      double r = 100.0 * num->value / base;
      if (std::fabs(r - pct.value) < closest) { closest = std::fabs(r - pct.value); expected = r; }
    }
    if (closest == 1e300) continue;
    // No figure read comes near the stated share: its base is one the reading does not know,
    // so nothing is said (a share a little off is a finding; one far off is a wrong base).
    if (v == Verdict::mismatch && !near_enough(expected, pct.value)) continue;
    Finding f = narrative_finding({pct.line}, expected, pct.value,
                                  {"check.narrative.share_rate",
                                   {{"line", pct.line},
                                    {"quoted", quote(num->label) + figure(num->value, num->decimals) + "万元，" + quote(label) +
                                                   figure(pct.value, pct.decimals) + "%"},
                                    {"expected", figure(expected)}}});
    report(c.out, v, f);
  }
}

const ClassStatementSource* source_for(Kind kind, const std::string& context) {
  for (const auto& src : class_statement_sources())
    if (src.kind == kind && contains(context, src.heading)) return &src;
  return nullptr;
}

// 类 amounts stated in a section against the table that section describes.
void check_class_amounts(const NarrativeContext& c) {
  std::string sub;
  for (size_t p = 0; p < c.section.paragraphs.size(); ++p) {
    const std::string& para = c.section.paragraphs[p];
    std::string stripped = strip_blanks(para);
    if (length_cp(para) <= 40 && (starts_with(stripped, "（") || starts_with(stripped, "("))) { sub = stripped; continue; }
    const ClassStatementSource* src = source_for(c.d.kind, strip_blanks(c.section.heading) + "|" + sub);
    if (!src) continue;
    const Table* table = c.d.table(src->figure.table);
    if (!table || !table->present) continue;
    int col = table->column_index(src->figure.column, src->figure.side);
    if (col < 0) continue;
    int line = p < c.section.paragraph_lines.size() ? c.section.paragraph_lines[p] : c.section.line;
    std::u32string text = to_u32(para);
    // Occurrences of class names, in text order.
    std::vector<std::pair<size_t, const FunctionClass*>> hits;
    for (const auto& fc : function_classes()) {
      if (fc.code == "229") continue;  // 其他支出: too common inside other names
      std::u32string name = to_u32(fc.name);
      for (size_t at = text.find(name); at != std::u32string::npos; at = text.find(name, at + name.size()))
        hits.push_back({at, &fc});
    }
    std::sort(hits.begin(), hits.end(), [](auto& a, auto& b) { return a.first < b.first; });
    for (size_t h = 0; h < hits.size(); ++h) {
      size_t from = hits[h].first + to_u32(hits[h].second->name).size();
      size_t to = h + 1 < hits.size() ? hits[h + 1].first : text.size();
      size_t stop = text.find_first_of(U"；;。", from);
      if (stop != std::u32string::npos) to = std::min(to, stop);
      Section one;
      one.paragraphs = {to_utf8(text.substr(from, to - from))};
      one.paragraph_lines = {line};
      const Token* chosen = nullptr;
      auto toks = tokenize(one);
      for (const Token& tok : toks) {
        if (tok.kind != Kind2::amount) continue;
        for (const auto& l : src->labels) {
          std::u32string ul = to_u32(l);
          bool ok = l.empty() ? !tok.comparative
                              : tok.label.size() >= ul.size() && tok.label.compare(tok.label.size() - ul.size(), ul.size(), ul) == 0;
          if (ok) { chosen = &tok; break; }
        }
        if (chosen) break;
      }
      if (!chosen) continue;
      // The class's row, by its code or its name ("一、一般公共服务支出"); a class the reading
      // did not find is not compared (not read is never 0).
      const Row* row = nullptr;
      for (const auto& r : table->rows) {
        if (!src->figure.side.empty() && r.side != src->figure.side) continue;
        const FunctionClass* named = r.code.empty() ? function_class_by_label(r.name) : nullptr;
        if (r.code == hits[h].second->code || (named && named->code == hits[h].second->code)) { row = &r; break; }
      }
      if (!row || !row->values[col]) continue;
      double expected = cell(*table, *row, col);
      double stated = chosen->value;
      int decimals = chosen->decimals;
      if (decimals > 2) { stated = std::round(stated * 100.0) / 100.0; decimals = 2; }
      std::vector<int> lines = {line, row->line};
      Finding f = narrative_finding(
          lines, expected, chosen->value,
          {"check.narrative.class_in_table",
           {{"line", line}, {"class", hits[h].second->name},
            {"quoted", quote(chosen->label) + figure(chosen->value, chosen->decimals) + "万元"}, {"table", table->title},
            {"row_line", row->line}, {"expected", figure(expected)}}});
      f.table = table->id;
      report(c.out, compare(stated, expected, half_unit(decimals) + 0.005), f);
    }
  }
}

// "一", "十二", "3": the inside of a numbering bracket.
bool chinese_or_arabic_numeral(const std::string& s) {
  if (s.empty()) return false;
  std::u32string u = to_u32(s);
  return std::all_of(u.begin(), u.end(), [](char32_t c) { return is_digit(c) || std::u32string(U"一二三四五六七八九十").find(c) != std::u32string::npos; });
}

// The text without blanks and quotation marks: subjects compare so (“三公”经费 = "三公"经费 = 三公经费).
std::string without_quotes(std::u32string_view text) {
  std::u32string out;
  for (char32_t c : text)
    if (!is_blank(c) && c != U'“' && c != U'”' && c != U'"' && c != U'‘' && c != U'’') out += c;
  return to_utf8(out);
}

// What a label names, with the words that do not change it taken off (statement_subject_words):
// "2026年“三公”经费预算数为" → "三公经费". Empty when the label speaks of another year, unless
// `other_year` is given: it then receives that year.
std::string statement_subject(const std::u32string& label, const Disclosure& d, int* other_year = nullptr) {
  std::string s = without_quotes(label);
  const SubjectWords& words = statement_subject_words();
  auto strip_prefix = [&](const std::string& w) {
    if (w.empty() || !starts_with(s, w)) return false;
    s = s.substr(w.size());
    return true;
  };
  auto strip_suffix = [&](const std::string& w) {
    if (w.empty() || !ends_with(s, w) || s.size() == w.size()) return false;
    s.resize(s.size() - w.size());
    return true;
  };
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    // Numbering: "（一）", "(2)", "1.", "1．".
    if (starts_with(s, "（") || starts_with(s, "(")) {
      size_t close = s.find(starts_with(s, "（") ? "）" : ")");
      if (close != std::string::npos && close <= 12 && chinese_or_arabic_numeral(s.substr(starts_with(s, "（") ? 3 : 1,
                                                                                        close - (starts_with(s, "（") ? 3 : 1)))) {
        s = s.substr(close + (starts_with(s, "（") ? 3 : 1));
        changed = true;
      }
    }
    size_t digits = 0;
    while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
    if (digits == 4 && s.compare(4, 3, "年") == 0) {
      const int year = std::stoi(s.substr(0, 4));
      if (!d.year) return "";
      if (year != *d.year) {
        if (!other_year) return "";
        *other_year = year;
      }
      s = s.substr(7);
      if (starts_with(s, "度")) s = s.substr(3);
      changed = true;
    } else if (digits > 0 && digits <= 2 && (s.compare(digits, 1, ".") == 0 || s.compare(digits, 3, "．") == 0)) {
      s = s.substr(digits + (s[digits] == '.' ? 1 : 3));
      changed = true;
    }
    for (const std::string& name : {d.entity.name, d.entity.raw_name}) changed |= strip_prefix(name);
    for (const auto& w : words.prefixes) changed |= strip_prefix(w);
    for (const auto& w : words.suffixes) changed |= strip_suffix(w);
    for (const auto& w : d.kind == Kind::budget ? words.budget_suffixes : words.final_suffixes) changed |= strip_suffix(w);
  }
  return s;
}

// The rule whose subjects include `subject`, or null.
const StatedFigureRule* stated_rule(const std::string& subject, bool in_list) {
  if (subject.empty()) return nullptr;
  for (const auto& rule : stated_figure_rules()) {
    if (rule.only_in_list && !in_list) continue;
    for (const auto& w : rule.subjects)
      if (without_quotes(to_u32(w)) == subject) return &rule;
  }
  return nullptr;
}

// Whether the amount at k stands in a list opened by 其中/包括, and the list's total (null when
// none is stated before the opener).
struct ListPlace {
  bool in_list = false;
  const Token* total = nullptr;
};
ListPlace list_place(const std::vector<Token>& toks, size_t k) {
  size_t o = k;
  for (;;) {
    if (o == 0) return {};
    --o;
    const Token& t = toks[o];
    if (t.kind == Kind2::opener || t.kind == Kind2::stop) break;
    if (t.kind == Kind2::sentence_end) return {};
    if (t.kind == Kind2::paragraph_end) {
      // "…减少20.36万元。其中：" ends a paragraph and the items follow as paragraphs.
      if (o > 0 && (toks[o - 1].kind == Kind2::opener || toks[o - 1].kind == Kind2::stop)) { --o; break; }
      return {};
    }
  }
  ListPlace place{true, nullptr};
  bool crossed = false, amounts_since = false;
  for (size_t i = o; i-- > 0;) {
    const Token& t = toks[i];
    if (t.kind == Kind2::paragraph_end) break;
    if (t.kind == Kind2::sentence_end) {
      if (crossed || amounts_since) break;  // 其中 opening a sentence details the one before
      crossed = true;
      continue;
    }
    if (t.kind != Kind2::amount) continue;
    amounts_since = true;
    if (t.comparative || t.depth > toks[o].depth) continue;
    place.total = &t;
    break;
  }
  return place;
}

// Every figure the tables print, in 万元.
std::vector<double> printed_figures(const Disclosure& d) {
  std::vector<double> out;
  for (const auto& t : d.tables)
    for (const auto& r : t.rows)
      for (const auto& v : r.values)
        if (Amount w = in_wan(t, v)) out.push_back(*w);
  return out;
}

// A stated amount against the proven figure it names, and the other printed figures the
// sentence may mean instead (a fiscal part, a column of the same row):
//   the proven one at the statement's precision → nothing (a rounding note if only rounding);
//   equal to another printed figure             → nothing: the sentence may mean that one;
//   within one unit of its last digit of either → a warning: truncated or rounded the wrong way;
//   else                                        → an error against the proven figure.
void judge_stated(const NarrativeContext& c, const Token& tok, double expected, const std::vector<double>& others,
                  Wording wording) {
  const double half = half_unit(tok.decimals) + 0.005;
  Finding f = narrative_finding({tok.line}, expected, tok.value, std::move(wording));
  // The proven figure printed at the statement's precision (319.69 as "320万元") is the same.
  if (std::fabs(tok.value - expected) <= half_unit(tok.decimals) + 1e-9) return;
  Verdict v = compare(tok.value, expected, half);
  if (v != Verdict::mismatch) {
    report(c.out, v, f);
    return;
  }
  const double unit = 2 * half_unit(tok.decimals) + 0.005;
  double nearest = expected;
  for (double o : others) {
    if (std::fabs(o - tok.value) <= half + 1e-9) return;
    if (std::fabs(o - tok.value) < std::fabs(nearest - tok.value)) nearest = o;
  }
  if (std::fabs(nearest - tok.value) <= unit + 1e-9) {
    Check k;
    k.id = "narrative-imprecise";
    k.severity = "warning";
    k.line = tok.line;
    k.lines = {tok.line};
    k.expected = nearest;
    k.actual = tok.value;
    k.wording = {{"check.narrative.imprecise",
                  {{"line", tok.line}, {"quoted", quote(tok.label) + figure(tok.value, tok.decimals) + "万元"},
                   {"nearest", figure(nearest)},
                   {"written",
                    figure(std::round(nearest / (2 * half_unit(tok.decimals))) * 2 * half_unit(tok.decimals), tok.decimals)}}}};
    c.out.push_back(std::move(k));
    return;
  }
  report(c.out, v, f);
}

// The amount at k is the first of its clause (later ones detail it).
bool first_of_clause(const std::vector<Token>& toks, size_t k) {
  for (size_t i = k; i-- > 0;) {
    if (is_boundary(toks[i]) || toks[i].kind == Kind2::clause_end) return true;
    if (toks[i].kind == Kind2::amount && !toks[i].comparative) return false;
  }
  return true;
}

// A 类 stated by its name ("“一般公共服务支出”科目46,389万元", "住房保障支出（类）29.42万元")
// against the proven class total. Any figure printed in a row of that class (its 一般公共预算
// part, its basic or project column) may be the one meant: only an amount printed in none of
// them contradicts.
void check_stated_class(const NarrativeContext& c, const std::vector<Token>& toks, size_t k, std::string subject) {
  for (const char* w : {"科目", "（类）", "(类)"})
    if (ends_with(subject, w)) subject.resize(subject.size() - std::string(w).size());
  const FunctionClass* fc = nullptr;
  for (const auto& f : function_classes())
    if (f.name == subject) fc = &f;
  if (!fc || !first_of_clause(toks, k)) return;
  const std::string path = "by_function." + fc->code;
  if (!is_proven(c.d, path)) return;
  Amount expected;
  for (const auto& f : c.d.summary.by_function)
    if (f.code == fc->code) expected = f.total;
  if (!expected) return;
  const Token& tok = toks[k];
  std::vector<double> others;
  for (const auto& t : c.d.tables)
    for (const auto& r : t.rows) {
      const FunctionClass* named = r.code.empty() ? function_class_by_label(r.name) : nullptr;
      if (r.code != fc->code && !(named && named->code == fc->code)) continue;
      for (const auto& value : r.values)
        if (Amount w = in_wan(t, value)) others.push_back(*w);
    }
  judge_stated(c, tok, *expected, others,
               {"check.narrative.class_total",
                {{"line", tok.line}, {"class", fc->name}, {"quoted", figure(tok.value, tok.decimals) + "万元"},
                 {"expected", figure(*expected)}}});
}

// A non-zero amount stated for what a table printed empty says there is none of
// (empty_table_rules): "政府性基金预算拨款支出120.00万元" beside an empty 政府性基金 table.
void check_empty_table_statement(const NarrativeContext& c, const Token& tok, const std::string& subject) {
  for (const auto& rule : empty_table_rules()) {
    if (std::none_of(rule.stated.begin(), rule.stated.end(),
                     [&](const std::string& w) { return without_quotes(to_u32(w)) == subject; }))
      continue;
    for (const auto& id : rule.tables) {
      const Table* t = c.d.table(id);
      if (!t || !t->present || !t->no_data) continue;
      Finding f = narrative_finding({tok.line, t->line}, 0, tok.value,
                                    {"check.narrative.stated_for_empty_table",
                                     {{"line", tok.line}, {"quoted", quote(tok.label) + figure(tok.value, tok.decimals) + "万元"},
                                      {"table", t->title}, {"table_line", t->line}}});
      f.table = t->id;
      report(c.out, Verdict::mismatch, f);
      return;
    }
  }
}

// This year's proven figure stated under another year ("2023年度收入总计307.82万元" in a 2024
// 决算, the tables' 307.82 being 2024's): a warning. A paragraph saying the two years are the
// same (持平, 不变) may well state both.
void check_year_of_figure(const NarrativeContext& c, const Token& tok, const StatedFigureRule& rule, int year,
                          const std::map<std::string, Amount>& figures) {
  auto it = figures.find(rule.figure);
  if (it == figures.end() || !it->second || *it->second == 0 || !is_proven(c.d, rule.figure)) return;
  if (std::fabs(tok.value - *it->second) > half_unit(tok.decimals) + 1e-9) return;
  if (tok.paragraph < static_cast<int>(c.section.paragraphs.size()) &&
      has_any(to_u32(c.section.paragraphs[tok.paragraph]), {U"持平", U"不变", U"相同", U"一致"}))
    return;
  Check k;
  k.id = "wrong-year";
  k.severity = "warning";
  k.line = tok.line;
  k.lines = {tok.line};
  k.expected = *it->second;
  k.actual = tok.value;
  k.wording = {{"check.narrative.figure_of_other_year",
                {{"line", tok.line}, {"quoted", quote(tok.label) + figure(tok.value, tok.decimals) + "万元"},
                 {"stated_year", year}, {"year", *c.d.year}, {"subject", rule.subjects.front()}}}};
  c.out.push_back(std::move(k));
}

// Headline figures stated by name (stated_figure_rules) against the figure the tables prove.
void check_stated_figures(const NarrativeContext& c, const std::vector<Token>& toks) {
  std::map<std::string, Amount> figures;
  for (const auto& [path, value] : headline_figures(c.d.summary)) figures.emplace(path, value);
  for (size_t k = 0; k < toks.size(); ++k) {
    const Token& tok = toks[k];
    if (tok.kind != Kind2::amount || tok.comparative || tok.depth > 0) continue;
    ListPlace place = list_place(toks, k);
    int other_year = 0;
    const std::string subject = statement_subject(tok.label, c.d, &other_year);
    const StatedFigureRule* rule = stated_rule(subject, place.in_list);
    if (other_year) {
      if (rule && !place.in_list) check_year_of_figure(c, tok, *rule, other_year, figures);
      continue;
    }
    if (tok.value != 0 && first_of_clause(toks, k)) check_empty_table_statement(c, tok, subject);
    if (!rule) {
      check_stated_class(c, toks, k, subject);
      continue;
    }
    if (!place.in_list) {
      // Outside a list, only the clause's first amount is its subject's: later ones detail it
      // ("“农林水支出”科目83万元，主要用于人员经费18万元、公用经费58万元" speaks of the class).
      if (!first_of_clause(toks, k)) continue;
    } else {
      if (rule->parents.empty() || !place.total) continue;
      const StatedFigureRule* parent = stated_rule(statement_subject(place.total->label, c.d), false);
      if (!parent || std::find(rule->parents.begin(), rule->parents.end(), parent->figure) == rule->parents.end())
        continue;
    }
    auto it = figures.find(rule->figure);
    if (it == figures.end() || !it->second || !is_proven(c.d, rule->figure)) continue;
    if (!*c.printed) *c.printed = printed_figures(c.d);
    judge_stated(c, tok, *it->second, **c.printed,
                 {"check.narrative.stated_figure",
                  {{"line", tok.line}, {"quoted", quote(tok.label) + figure(tok.value, tok.decimals) + "万元"},
                   {"subject", rule->subjects.front()}, {"expected", figure(*it->second)}}});
  }
}

}  // namespace

// A comparison with the document's own year ("比2026年预算增加" in a 2026 budget; "与2024年度相比"
// in a 2024 决算, where a 决算 set against its own year's 预算 is right): a warning quoting it.
void check_compared_years(const Disclosure& d, const Section& section, std::vector<Check>& out) {
  if (!d.year) return;
  for (size_t p = 0; p < section.paragraphs.size(); ++p) {
    std::u32string t;
    for (char32_t ch : to_u32(section.paragraphs[p]))
      if (!is_blank(ch)) t += ch;
    int line = p < section.paragraph_lines.size() ? section.paragraph_lines[p] : section.line;
    for (size_t i = 0; i + 5 < t.size(); ++i) {
      if (t[i] != U'比' && t[i] != U'较' && t[i] != U'与') continue;
      size_t y = i + 1;
      if (y + 4 >= t.size() || !is_digit(t[y]) || !is_digit(t[y + 1]) || !is_digit(t[y + 2]) || !is_digit(t[y + 3]) ||
          t[y + 4] != U'年')
        continue;
      const int year = std::stoi(to_utf8(t.substr(y, 4)));
      size_t after = y + 5;
      if (after < t.size() && t[after] == U'度') ++after;
      const std::u32string next = t.substr(after, 4);
      // "与" compares only when the clause says so ("与2025年相比", "与2025年预算持平"); else it
      // joins ("执行情况与2026年计划草案").
      if (t[i] == U'与') {
        const std::u32string rest = t.substr(after, 12);
        if (!has_any(rest, {U"相比", U"持平", U"比较", U"一致", U"相同"})) continue;
      }
      const bool own_budget = d.kind == Kind::final_accounts && year == *d.year &&
                              (next.rfind(U"预算", 0) == 0 || next.rfind(U"年初", 0) == 0 || next.rfind(U"全年", 0) == 0);
      const bool wrong = d.kind == Kind::budget ? year >= *d.year : year > *d.year || (year == *d.year && !own_budget);
      if (!wrong) continue;
      const size_t from = i > 12 ? i - 12 : 0;
      Check k;
      k.id = "wrong-year";
      k.severity = "warning";
      k.line = line;
      k.lines = {line};
      k.wording = {{d.kind == Kind::budget ? "check.narrative.budget_compared_with_year"
                                           : "check.narrative.final_compared_with_year",
                    {{"line", line}, {"quoted", to_utf8(t.substr(from, i - from + 16))}, {"year", *d.year},
                     {"other_year", year}}}};
      out.push_back(std::move(k));
      break;  // once a paragraph
    }
  }
}

// Placeholders and empty reasons (wording_rules): one warning per rule and paragraph, quoting it.
void check_wording(const NarrativeContext& c) {
  for (size_t p = 0; p < c.section.paragraphs.size(); ++p) {
    std::string text = strip_blanks(c.section.paragraphs[p]);
    int line = p < c.section.paragraph_lines.size() ? c.section.paragraph_lines[p] : c.section.line;
    for (const auto& rule : wording_rules()) {
      size_t at = std::string::npos;
      std::string found;
      for (const auto& phrase : rule.phrases)
        if (size_t q = text.find(phrase); q != std::string::npos && q < at) { at = q; found = phrase; }
      if (at == std::string::npos) continue;
      // The sentence around it, at most 40 characters.
      std::u32string u = to_u32(text);
      size_t cp = length_cp(text.substr(0, at));
      size_t from = cp > 20 ? cp - 20 : 0;
      std::string quoted = to_utf8(u.substr(from, 40));
      Check k;
      k.id = rule.id;
      k.severity = "warning";
      k.line = line;
      k.lines = {line};
      k.wording = {{c.section.part == 2 ? "check.wording_under_table" : "check.wording_in_statement",
                    {{"line", line}, {"quoted", quoted},
                     {"what", nested_wording("check.wording_rule." + rule.what)},
                     {"phrase", found}}}};
      c.out.push_back(std::move(k));
    }
  }
}

// A class named by its old name where the tables print the new one (renamed_classes).
void check_renamed_classes(const Disclosure& d, std::vector<Check>& out) {
  for (const auto& renamed : renamed_classes()) {
    bool tables_use_new = false;
    for (const auto& t : d.tables)
      for (const auto& r : t.rows) tables_use_new |= contains(strip_blanks(r.name), renamed.name);
    if (!tables_use_new) continue;
    for (const auto& s : d.sections) {
      if (s.part == 2) continue;
      for (size_t p = 0; p < s.paragraphs.size(); ++p) {
        if (!contains(strip_blanks(s.paragraphs[p]), renamed.old_name)) continue;
        int line = p < s.paragraph_lines.size() ? s.paragraph_lines[p] : s.line;
        Check k;
        k.id = "obsolete-class-name";
        k.severity = "warning";
        k.line = line;
        k.lines = {line};
        k.wording = {{"check.narrative.obsolete_class_name",
                      {{"line", line}, {"old_name", renamed.old_name}, {"name", renamed.name}}}};
        out.push_back(std::move(k));
      }
    }
  }
}

void check_narrative(const Disclosure& d, std::vector<Check>& out) {
  std::optional<std::vector<double>> printed;
  for (const auto& s : d.sections) {
    if (s.part == 2) continue;
    NarrativeContext c{d, s, out, &printed};
    auto toks = tokenize(s);
    check_lists(c, toks);
    check_restatements(c);
    check_percentages(c, toks);
    check_budget_comparisons(c, toks);
    check_class_amounts(c);
    check_stated_figures(c, toks);
  }
  check_renamed_classes(d, out);
  // Wording anywhere in the text, the notes between the tables included (a drafter's
  // instruction is often left under a table).
  for (const auto& s : d.sections) {
    NarrativeContext c{d, s, out};
    check_wording(c);
    check_compared_years(d, s, out);
  }
}

}  // namespace budgetsite
