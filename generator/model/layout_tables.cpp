#include "model/layout_tables.h"

#include <algorithm>
#include <functional>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include "common/text.h"
#include "recognize/cell_text.h"
#include "recognize/layout.h"
#include "recognize/rows.h"
#include "recognize/vocabulary.h"

namespace budgetsite {

namespace {

struct Line {
  int number = 0;
  std::vector<LayoutToken> tokens;
};

// One column of the header: a leaf of its (possibly nested, possibly wrapped) headings.
struct Leaf {
  std::string label;
  double center = 0;
  int begin = 0, end = 0;
  std::string key;  // from the vocabulary; "label" / "row_number" are not figure columns
  std::string year_group;  // the figure-set heading it stands under ("2026年预算数", "决算数"), if any
  bool under_three_public = false;  // a heading “三公”经费 stands over it
};


struct Block {
  std::vector<int> columns;      // indices into Table::columns
  std::vector<double> centers;   // center of each column's heading
  std::vector<double> begins;    // first column of each column's heading
  std::vector<double> rights;    // where the column's figures end (calibrated from the rows)
  std::map<int, std::vector<double>> rights_by_page;
  double label_x = -1;           // where this block's labels start
  double row_number_x = -1;      // its 行次 column, if any
  std::string side;
  // The rows that print every column show the first column as the sum of the others.
  bool total_is_sum = false;
};

// A run of one row: codes, a label, figures.
struct Segment {
  std::vector<LayoutToken> codes;
  std::string label;
  int label_begin = -1;
  std::vector<LayoutToken> amounts;
};

bool is_code_token(const LayoutToken& t) {
  if (!t.is_integer()) return false;
  size_t n = t.text.size();
  return n == 2 || n == 3 || n == 5 || n == 7 || n == 6 || n == 9;
}

bool is_total_label(const std::string& s) {
  static const std::vector<std::string> totals = {"合计", "总计", "小计", "部门合计", "单位合计", "本年合计", "支出合计",
                                                  "总合计", "合计数", "支出总计"};
  std::string t = strip_blanks(s);
  return std::find(totals.begin(), totals.end(), t) != totals.end();
}

// Prose after a table, or the heading of the next part: the table has ended.
bool is_prose(const std::string& s) {
  std::string t = strip_blanks(s);
  if (starts_with(t, "第") && contains(t, "部分") && length_cp(t) < 40) return true;
  return length_cp(t) > kLayout.prose_chars && (contains(t, "，") || contains(t, "。"));
}

// `line` a whole number alone whose decimals `next` prints right under it (".97").
bool decimals_follow(const std::string& line, const std::string& next) {
  auto above = layout_tokens(line);
  auto below = layout_tokens(next);
  if (above.size() != 1 || !above[0].is_integer() || below.empty()) return false;
  const LayoutToken& f = below.front();
  return f.text.size() >= 2 && f.text[0] == '.' && f.begin >= above[0].begin - 1 && f.begin <= above[0].end + 1;
}

// A row with figures within the next eight lines after `line` (up to `end`), no prose between.
bool rows_follow(const SourceText& text, int line, int end) {
  int seen = 0;
  for (int j = line + 1; j <= end && seen < kLayout.rows_after_heading; ++j) {
    auto tokens = layout_tokens(text.line(j));
    if (tokens.empty()) continue;
    ++seen;
    for (const auto& t : tokens)
      if (t.kind == TokenKind::text && is_prose(t.text)) return false;
    int figures = 0;
    for (const auto& t : tokens) figures += t.kind == TokenKind::amount && !t.is_integer();
    if (figures > 0) return true;
  }
  return false;
}

bool is_furniture(const std::string& raw) {
  std::string s = strip_blanks(raw);
  if (s.empty()) return true;
  // Page numbers: "- 8 -", "8", "第 3 页", "—12—".
  std::string core = s;
  // "第5页，共45页"
  if (starts_with(core, "第") && ends_with(core, "页") && length_cp(core) <= 14) {
    std::string rest = core;
    for (const char* w : {"第", "页", "，", ",", "共"}) {
      std::string x = w;
      size_t p;
      while ((p = rest.find(x)) != std::string::npos) rest.erase(p, x.size());
    }
    if (!rest.empty() && std::all_of(rest.begin(), rest.end(), [](char c) { return isdigit(static_cast<unsigned char>(c)); }))
      return true;
  }
  for (const char* dash : {"-", "—", "－", "第", "页"}) {
    std::string d = dash;
    size_t p;
    while ((p = core.find(d)) != std::string::npos) core.erase(p, d.size());
  }
  // One number alone on its line, maybe spaced out ("— 2 3 —"); "30    61", two numbers set
  // apart, is a row of 行次, not a page number.
  bool apart = false;
  for (size_t k = 0, last_digit = std::string::npos; k < raw.size(); ++k) {
    if (!isdigit(static_cast<unsigned char>(raw[k]))) continue;
    if (last_digit != std::string::npos && k - last_digit > 2) apart = true;
    last_digit = k;
  }
  if (!core.empty() && core.size() <= 4 && !apart &&
      std::all_of(core.begin(), core.end(), [](char c) { return isdigit(static_cast<unsigned char>(c)); }))
    return true;
  if (!declared_unit(s).empty() && length_cp(s) < 60) {
    // "单位：万元" alone or after the entity label: page furniture of the table, not a row.
    bool has_figure = false;
    for (const auto& t : layout_tokens(raw)) has_figure |= t.kind == TokenKind::amount && !t.is_integer();
    if (!has_figure) return true;
  }
  for (const auto& label : entity_labels())
    if (starts_with(s, label + "：") || starts_with(s, label + ":")) return true;
  // A running header or footer: "苏州市审计局2026年度部门预算公开".
  for (const char* running : {"预算公开", "决算公开", "部门预算", "单位预算", "部门决算", "单位决算"})
    if (ends_with(s, running) && length_cp(s) < 40) return true;
  // The table's year alone on a line ("2023年度"): its date, not a heading of its columns.
  if (auto y = year_in(s); y && (s == std::to_string(*y) + "年度" || s == std::to_string(*y) + "年")) return true;
  return is_numbering_label(s);
}

std::string header_key(const std::string& label) {
  std::string s = strip_blanks(label);
  for (const auto& w : header_words_by_key())
    if (w.exact ? s == w.word : contains(s, w.word)) return w.key;
  return "";
}

bool is_column_number_row(const std::vector<LayoutToken>& tokens) {
  int expected = -1, count = 0;
  for (const auto& t : tokens) {
    std::string s = strip_blanks(t.text);
    if (s == "栏次" || s == "行次" || s == "甲" || s == "乙" || s == "丙" || s == "项目" || s == "*" || s == "**" ||
        s == "***")
      continue;
    if (!t.is_integer() || t.text.size() > 2) return false;
    int v = std::stoi(t.text);
    if (expected >= 0 && v != expected) return false;
    expected = v + 1;
    ++count;
  }
  return count >= 2;
}

// Leaves of the header lines: a heading with headings under it is a group, not a column; a
// heading with one short word under it (a wrapped "数") is joined with it.
// On a cell grid (a cell export), a heading of a set of figures (预算数 | 决算数, a year) stands
// at its first cell and spans the cells up to the next heading of its line.
std::vector<Leaf> header_leaves(const std::vector<Line>& header, bool cell_grid) {
  struct Node {
    LayoutToken token;
    size_t line;
    bool consumed = false;
    bool group = false;
  };
  std::vector<Node> nodes;
  for (size_t li = 0; li < header.size(); ++li) {
    if (is_column_number_row(header[li].tokens)) continue;
    for (const auto& t : header[li].tokens) {
      if (t.kind != TokenKind::text || t.text.find_first_not_of('*') == std::string::npos) continue;
      // In a heading, one blank between Chinese words separates two columns
      // ("公务用车购 公务用车运"), not one before a bracket ("因公出国 (境)费").
      size_t from = 0;
      int begin = t.begin;
      while (true) {
        size_t space = t.text.find(' ', from);
        while (space != std::string::npos && (t.text.compare(space + 1, 1, "(") == 0 || t.text.compare(space + 1, 3, "（") == 0))
          space = t.text.find(' ', space + 1);
        std::string part = t.text.substr(from, space == std::string::npos ? std::string::npos : space - from);
        LayoutToken piece = t;
        piece.text = part;
        piece.begin = begin;
        piece.end = begin + static_cast<int>(length_cp(part));
        nodes.push_back({piece, li});
        if (space == std::string::npos) break;
        begin = piece.end + 1;
        from = space + 1;
      }
    }
  }
  if (cell_grid) {
    int right = 0;
    for (const auto& n : nodes) right = std::max(right, n.token.end);
    for (auto& a : nodes) {
      std::string text = strip_blanks(a.token.text);
      const auto& sets = figure_set_headings();
      if (!year_in(text) && std::find(sets.begin(), sets.end(), text) == sets.end()) continue;
      int next = right + 2;
      for (const auto& b : nodes)
        if (b.line == a.line && b.token.begin > a.token.begin) next = std::min(next, b.token.begin);
      a.token.end = std::max(a.token.end, next - 2);
    }
  }
  for (size_t a = 0; a < nodes.size(); ++a) {
    if (nodes[a].consumed) continue;
    std::vector<size_t> below;
    for (size_t b = 0; b < nodes.size(); ++b) {
      if (nodes[b].line <= nodes[a].line || nodes[b].consumed) continue;
      if (nodes[b].token.begin <= nodes[a].token.end + 1 && nodes[b].token.end >= nodes[a].token.begin - 1)
        below.push_back(b);
    }
    if (below.empty()) {
      // A heading centred over two columns may overlap neither ("本年收入" over "项目  预算数").
      bool left = false, right = false;
      for (size_t b = 0; b < nodes.size(); ++b) {
        if (nodes[b].line <= nodes[a].line || nodes[b].consumed) continue;
        const auto& t = nodes[b].token;
        left |= t.end < nodes[a].token.begin && nodes[a].token.begin - t.end <= 5;
        right |= t.begin > nodes[a].token.end && t.begin - nodes[a].token.end <= 5;
      }
      if (left && right) nodes[a].group = true;
      continue;
    }
    // A heading with one short fragment under it is wrapped ("科目编" / "码", "事业单位经营" /
    // "支出"), unless it heads a side of the table ("支出" over "项目").
    static const std::vector<std::string> side_heads = {"收入", "支出", "本年收入", "本年支出", "财政拨款收入",
                                                        "财政拨款支出", "收入预算", "支出预算"};
    std::string upper = strip_blanks(nodes[a].token.text);
    bool heads_side = std::find(side_heads.begin(), side_heads.end(), upper) != side_heads.end();
    size_t uppers = 0;  // headings above the fragment: a wrap has only this one
    for (size_t u = 0; u < nodes.size(); ++u) {
      if (nodes[u].line >= nodes[below[0]].line || nodes[u].line < nodes[a].line || nodes[u].consumed) continue;
      const auto& t = nodes[below[0]].token;
      uppers += nodes[u].token.begin <= t.end + 1 && nodes[u].token.end >= t.begin - 1;
    }
    // Two column words one above the other are a group and its column ("基本支出" / "人员经费").
    auto names_column = [](const std::string& text) {
      std::string key = header_key(text);
      return !key.empty() && key != "label";
    };
    // A label heading over figure headings only is a staggered header row, not a group: the
    // label column of one block and the figure column of the one before ("支出功能分类科目" over
    // "预算数" in a four-block 收支总表).
    bool figures_only_below = true;
    for (size_t b : below) {
      std::string word = strip_blanks(nodes[b].token.text);
      bool total_word = std::find(total_column_words().begin(), total_column_words().end(), word) !=
                        total_column_words().end();
      // 合计/小计 may be the first row of an empty table, under the label heading.
      figures_only_below &= (names_column(word) || total_word) && !is_total_label(word);
    }
    if (header_key(upper) == "label" && !heads_side && figures_only_below) continue;
    bool group_and_column = names_column(nodes[a].token.text) && names_column(nodes[below[0]].token.text);
    static const std::vector<std::string> code_heads = {"类", "款", "项"};
    bool code_head = std::find(code_heads.begin(), code_heads.end(), strip_blanks(nodes[below[0]].token.text)) !=
                     code_heads.end();
    group_and_column |= code_head;
    if (below.size() == 1 && uppers == 1 && length_cp(nodes[below[0]].token.text) <= kLayout.wrapped_heading_chars && !heads_side &&
        !group_and_column) {
      nodes[a].token.text += nodes[below[0]].token.text;
      nodes[below[0]].consumed = true;
      continue;
    }
    // A narrow heading wrapped over three lines or more ("因公出" / "国（境）" / "费"): short
    // fragments stacked one per line, each under the one before, none a heading of its own.
    if (below.size() >= 2 && below.size() <= 3 && uppers == 1 && !heads_side && !names_column(upper)) {
      std::vector<size_t> stack = below;
      std::sort(stack.begin(), stack.end(), [&](size_t x, size_t y) { return nodes[x].line < nodes[y].line; });
      bool stacked = true;
      size_t previous = a;
      for (size_t f : stack) {
        const auto& t = nodes[f].token;
        const auto& p = nodes[previous].token;
        stacked &= nodes[f].line > nodes[previous].line && length_cp(t.text) <= kLayout.wrapped_heading_chars && !names_column(t.text) &&
                   t.begin <= p.end + 1 && t.end >= p.begin - 1;
        previous = f;
      }
      if (stacked) {
        for (size_t f : stack) {
          nodes[a].token.text += nodes[f].token.text;
          nodes[f].consumed = true;
        }
        continue;
      }
    }
    nodes[a].group = true;
  }
  std::vector<Leaf> leaves;
  for (const auto& n : nodes) {
    if (n.consumed || n.group) continue;
    Leaf l;
    l.label = strip_blanks(n.token.text);
    l.begin = n.token.begin;
    l.end = n.token.end;
    l.center = n.token.center();
    l.key = header_key(l.label);
    // A 小计 under a group heading is that group's total ("基本支出" / "小计").
    // The parent: the lowest group heading over the leaf (the most specific), on one line the
    // nearest.
    std::string parent_key, parent_text;
    double nearest = 1e9;
    size_t parent_line = 0;
    for (const auto& g : nodes) {
      if (!g.group || g.line >= n.line) continue;
      if (l.center < g.token.begin - 6 || l.center > g.token.end + 6) continue;
      // A heading spanning the leaf holds it; otherwise the nearest one does.
      bool spans = g.token.begin <= l.center && l.center <= g.token.end;
      double d = spans ? -1 : std::fabs(g.token.center() - l.center);
      if (parent_text.empty() || g.line > parent_line || (g.line == parent_line && d < nearest)) {
        nearest = d;
        parent_line = g.line;
        parent_key = header_key(g.token.text);
        parent_text = g.token.text;
      }
    }
    // The 小计 under “三公”经费 where the table's 合计 also counts 会议费 and 培训费.
    l.under_three_public = contains(parent_text, "三公");
    if ((l.key == "subtotal" || l.key.empty()) && (l.label == "小计" || l.label == "合计") &&
        (parent_key == "basic" || parent_key == "project" || parent_key == "vehicles_total"))
      l.key = parent_key;
    // Columns split by fund source under each item (“三公” tables of Shenzhen): the item is the
    // nearest item heading above, within reach of its children; the column is item:fund.
    static const std::vector<std::string> funds = {"general_public_budget", "gov_fund", "state_capital"};
    if (std::find(funds.begin(), funds.end(), l.key) != funds.end()) {
      std::string item;
      double reach = 16;
      size_t item_line = 0;
      for (const auto& g : nodes) {
        if (!g.group || g.line >= n.line) continue;
        std::string k = header_key(g.token.text);
        std::string text = strip_blanks(g.token.text);
        if (text == "总计" || text == "合计") k = "total";
        if (k == "subtotal") k = "vehicles_total";
        static const std::vector<std::string> items = {"total", "overseas", "reception", "vehicles_total",
                                                       "vehicle_purchase", "vehicle_operation"};
        if (std::find(items.begin(), items.end(), k) == items.end()) continue;
        double d = std::fabs(g.token.center() - l.center);
        if (d > 16) continue;
        // The most specific heading (the lowest line) wins; on one line, the nearest.
        if (item.empty() || g.line > item_line || (g.line == item_line && d < reach)) {
          item = k;
          item_line = g.line;
          reach = d;
        }
      }
      if (!item.empty()) l.key = item + ":" + l.key;
    }
    // Sets of figures side by side (2025年预算数 | 2026年预算数, 预算数 | 决算数): the nearest
    // such heading above.
    double best = 1e9;
    for (const auto& g : nodes) {
      if (!g.group || g.line >= n.line) continue;
      std::string text = strip_blanks(g.token.text);
      const auto& sets = figure_set_headings();
      if (!year_in(text) && std::find(sets.begin(), sets.end(), text) == sets.end()) continue;
      double d = std::fabs(g.token.center() - l.center);
      if (d < best) { best = d; l.year_group = strip_blanks(g.token.text); }
    }
    leaves.push_back(l);
  }
  std::sort(leaves.begin(), leaves.end(), [](const Leaf& a, const Leaf& b) { return a.center < b.center; });
  return leaves;
}

// Splits a data line into segments: [codes] label figures, repeated.
// `row_number_columns`: where the header's 行次 columns stand (a number there is a row's 行次,
// never its code).
std::vector<Segment> segments_of(const std::vector<LayoutToken>& tokens, const std::vector<double>& row_number_columns = {}) {
  auto under_row_number = [&](const LayoutToken& t) {
    for (double x : row_number_columns)
      if (std::fabs(t.center() - x) <= kLayout.row_number_slack) return true;
    return false;
  };
  std::vector<Segment> out;
  Segment cur;
  auto flush = [&]() {
    if (!cur.codes.empty() || !cur.label.empty() || !cur.amounts.empty()) out.push_back(cur);
    cur = Segment{};
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    const LayoutToken& t = tokens[i];
    // A 款/项 code right before a label opens the next triple of an economic grid
    // ("301 工资福利支出   302 商品和服务支出" keeps 302 apart; "30201 办公费" likewise).
    // A 类 code too ("223 国有资本经营预算支出 90.00  223 国有…", "30205 水费  309 资本性支出").
    bool code_opens = t.kind == TokenKind::amount && t.is_integer() &&
                      (t.text.size() == 3 || t.text.size() == 5 || t.text.size() == 7) && i + 1 < tokens.size() &&
                      tokens[i + 1].kind == TokenKind::text && !cur.label.empty();
    if (code_opens) {
      flush();
      cur.codes.push_back(t);
      continue;
    }
    if (t.kind == TokenKind::text) {
      // A 序号 printed before the label (under the header's 序号/行次) is the row's own number.
      bool numbered = cur.label.empty() && cur.codes.empty() && !cur.amounts.empty() && t.gap_before <= kLayout.row_number_gap &&
                      std::all_of(cur.amounts.begin(), cur.amounts.end(), under_row_number);
      if (numbered) {
        Segment next;
        next.amounts = cur.amounts;
        cur = next;
      }
      // A second label after a wide gap opens the other side ("二、…收入      二、教育支出").
      if ((!cur.amounts.empty() && !numbered) || (!cur.label.empty() && t.gap_before >= kLayout.side_gap)) flush();
      if (cur.label.empty()) cur.label_begin = t.begin;
      cur.label += t.text;
    } else if (t.kind == TokenKind::amount && cur.label.empty() && cur.amounts.empty() && is_code_token(t) &&
               !under_row_number(t) && (cur.codes.empty() || cur.codes.back().end < t.begin)) {
      cur.codes.push_back(t);
    } else {
      cur.amounts.push_back(t);
    }
  }
  flush();
  // Codes with no label after them were figures after all ("201" alone is not a row).
  for (auto& s : out)
    if (s.label.empty() && !s.codes.empty() && !s.amounts.empty() && s.codes.front().text.size() == 2) {
      s.amounts.insert(s.amounts.begin(), s.codes.begin(), s.codes.end());
      s.codes.clear();
    }
  return out;
}

// Best order-preserving placement of figures (centers `xs`) into columns (centers `cs`),
// allowing the whole row to be shifted (wide glyphs push figures along). Returns the column of
// each figure, or an empty vector when there are more figures than columns.
std::vector<int> place(const std::vector<double>& xs, const std::vector<double>& cs, bool anchor_first = false,
                       double* cost_out = nullptr, std::pair<int, int> forbid = {-1, -1}) {
  const size_t k = xs.size(), n = cs.size();
  if (k == 0) return {};
  if (k > n) return {};
  std::vector<double> shifts = {0.0};
  for (double x : xs)
    for (double c : cs) shifts.push_back(c - x);
  double best_cost = std::numeric_limits<double>::max();
  std::vector<int> best;
  const double inf = std::numeric_limits<double>::max() / 4;
  std::vector<std::vector<double>> dp(k + 1, std::vector<double>(n + 1, inf));
  std::vector<std::vector<char>> took(k + 1, std::vector<char>(n + 1, 0));
  for (double shift : shifts) {
    for (auto& r : dp) std::fill(r.begin(), r.end(), inf);
    for (size_t j = 0; j <= n; ++j) dp[0][j] = 0;
    for (size_t i = 1; i <= k; ++i)
      for (size_t j = i; j <= n; ++j) {
        double skip = dp[i][j - 1];
        double take = dp[i - 1][j - 1] + std::fabs(xs[i - 1] + shift - cs[j - 1]);
        if (anchor_first && i == 1 && j > 1) take = inf;  // the total stays in the first column
        if (static_cast<int>(i - 1) == forbid.first && static_cast<int>(j - 1) == forbid.second) take = inf;
        if (take <= skip) { dp[i][j] = take; took[i][j] = 1; }
        else { dp[i][j] = skip; took[i][j] = 0; }
      }
    double cost = dp[k][n] + kLayout.shift_cost * std::fabs(shift);
    if (dp[k][n] >= inf) continue;
    if (cost < best_cost - 1e-9) {
      best_cost = cost;
      best.assign(k, -1);
      size_t i = k, j = n;
      while (i > 0) {
        if (took[i][j]) { best[i - 1] = static_cast<int>(j - 1); --i; --j; }
        else --j;
      }
    }
  }
  if (cost_out) *cost_out = best_cost;
  return best;
}

// A row printing fewer figures than columns whose figures could as well stand elsewhere: moving
// any one of them out of its column costs less than `ambiguity_margin` columns of distance.
bool placement_ambiguous(const std::vector<double>& xs, const std::vector<double>& cs, bool anchor_first,
                         const std::vector<int>& where) {
  if (xs.empty() || xs.size() >= cs.size()) return false;
  double best = 0;
  if (place(xs, cs, anchor_first, &best) != where) return false;
  for (size_t a = 0; a < xs.size(); ++a) {
    double alt = std::numeric_limits<double>::max();
    if (!place(xs, cs, anchor_first, &alt, {static_cast<int>(a), where[a]}).empty() &&
        alt - best < kLayout.ambiguity_margin)
      return true;
  }
  return false;
}

// The first figure is the sum of the others (to rounding): the row's total, so it stands in
// the block's total column whatever the layout says.
bool first_is_sum(const std::vector<LayoutToken>& amounts) {
  if (amounts.size() < 3) return false;
  double rest = 0;
  for (size_t i = 1; i < amounts.size(); ++i) rest += amounts[i].value.value_or(0);
  double first = amounts[0].value.value_or(0);
  return first != 0 && std::fabs(first - rest) <= 0.005 * static_cast<double>(amounts.size()) + 1e-9;
}

// The figures placed at `where` (columns of a block of `n`) keep first = Σ others.
bool keeps_sum(const std::vector<LayoutToken>& amounts, const std::vector<int>& where, size_t n) {
  std::vector<double> v(n, 0.0);
  bool whole = true;
  for (size_t a = 0; a < amounts.size(); ++a) {
    v[where[a]] = amounts[a].value.value_or(0);
    whole &= amounts[a].is_integer();
  }
  double parts = 0;
  for (size_t c = 1; c < n; ++c) parts += v[c];
  double slack = (whole ? 0.5 : 0.005) * static_cast<double>(n) + 1e-9;
  return std::fabs(v[0] - parts) <= slack;
}

// A row printing fewer figures than its block has columns, where the block's total is the
// sum of the others: the order-preserving placement nearest the positions (`xs` against the
// columns' `cs`, the whole row shifted as in place()) that keeps the sum; `where` unchanged
// when none does (a real difference is then reported, never hidden).
void place_by_sum(const std::vector<LayoutToken>& amounts, const std::vector<double>& xs, const std::vector<double>& cs,
                  std::vector<int>* where) {
  const size_t k = xs.size(), n = cs.size();
  if (k == 0 || k >= n || n > kLayout.sum_placement_columns || keeps_sum(amounts, *where, n)) return;
  std::vector<double> shifts = {0.0};
  for (double x : xs)
    for (double c : cs) shifts.push_back(c - x);
  double best = std::numeric_limits<double>::max();
  std::vector<int> pick(k), chosen;
  std::function<void(size_t, size_t)> search = [&](size_t j, size_t from) {
    if (j == k) {
      if (!keeps_sum(amounts, pick, n)) return;
      for (double shift : shifts) {
        double cost = kLayout.shift_cost * std::fabs(shift);
        for (size_t t = 0; t < k; ++t) cost += std::fabs(xs[t] + shift - cs[pick[t]]);
        if (cost < best) { best = cost; chosen = pick; }
      }
      return;
    }
    for (size_t c = from; c + (k - j) <= n; ++c) {
      pick[j] = static_cast<int>(c);
      search(j + 1, c + 1);
    }
  };
  search(0, 0);
  if (!chosen.empty()) *where = chosen;
}

// place(), with the first figure held in the first column when `anchor_first`; the shift is
// still estimated from every figure.
std::vector<int> place_row(const std::vector<double>& xs, const std::vector<double>& cs, bool anchor_first) {
  std::vector<int> out = place(xs, cs, anchor_first);
  if (out.empty() && anchor_first) return place(xs, cs);
  return out;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

// The code of a segment whose codes are full (`2010301`) or in columns with every part printed
// (`201 13 01`); remembers the current 类 and 款 for rows that print only the new part.
std::string code_of(const Segment& s, std::string& last_class, std::string& last_kuan) {
  if (s.codes.empty()) return "";
  std::string code;
  if (s.codes.size() >= 2 && s.codes[0].text.size() == 3) {
    for (const auto& c : s.codes) code += c.text;
  } else {
    code = s.codes[0].text;
  }
  if (code.size() == 3) { last_class = code; last_kuan.clear(); }
  if (code.size() == 5) { last_kuan = code; last_class = code.substr(0, 3); }
  return code;
}

}  // namespace

Table read_layout_table(const SourceText& text, const LayoutRegion& region, std::vector<Check>& checks) {
  Table table;
  table.id = region.id;
  table.title = region.title;
  table.number = region.number_label;
  table.line = region.title_line;
  table.end_line = region.end;
  table.unit = region.unit;

  // Lines of the body, page furniture dropped.
  std::vector<Line> lines;
  for (int i = region.begin; i <= region.end; ++i) {
    if (std::find(region.skip_lines.begin(), region.skip_lines.end(), i) != region.skip_lines.end()) continue;
    const std::string& raw = text.line(i);
    // A lone whole number is a page number, unless its decimals wrapped onto the next line
    // (".97" under "890").
    if (is_furniture(raw) && !decimals_follow(raw, i < region.end ? text.line(i + 1) : std::string())) continue;
    std::string s = strip_blanks(raw);
    if (contains(s, "本表无数据") || contains(s, "无数据") || contains(s, "空表")) table.no_data = table.no_data_note = true;
    if (starts_with(s, "注") || starts_with(s, "说明：") || starts_with(s, "备注")) continue;
    Line l{i, layout_tokens(raw)};
    if (!lines.empty() && lines.back().number == i - 1) join_wrapped_decimals(lines.back().tokens, l.tokens);
    if (l.tokens.empty()) continue;
    // The body ends where prose begins (the 情况说明 after the last table).
    bool prose = false;
    for (const auto& t : l.tokens) prose |= is_prose(t.text);
    // A part heading the extraction printed among the rows (a page's running title): the rows
    // go on after it.
    if (prose && starts_with(s, "第") && rows_follow(text, i, region.end)) continue;
    if (prose) break;
    lines.push_back(std::move(l));
  }
  // The table ends with its last line read (notes and prose after it are not the table's).
  if (!lines.empty()) table.end_line = lines.back().number;

  // A row of figures printed as a staircase (each figure's decimals wrapped under it and the next
  // figure beside them: "890" / ".97  552" / ".00  217" …): lines of figures only, each standing
  // wholly to the right of the one above, are one row.
  int last_merged = lines.empty() ? 0 : lines[0].number;
  for (size_t i = 0; i + 1 < lines.size();) {
    auto figures_only = [](const Line& l) {
      return !l.tokens.empty() &&
             std::all_of(l.tokens.begin(), l.tokens.end(), [](const LayoutToken& t) { return t.kind != TokenKind::text; });
    };
    Line& a = lines[i];
    const Line& b = lines[i + 1];
    if (figures_only(a) && figures_only(b) && b.number <= last_merged + kLayout.staircase_lines && b.tokens.front().begin >= a.tokens.back().end &&
        !is_column_number_row(a.tokens) && !is_column_number_row(b.tokens)) {
      last_merged = b.number;
      a.tokens.insert(a.tokens.end(), b.tokens.begin(), b.tokens.end());
      lines.erase(lines.begin() + static_cast<long>(i) + 1);
      continue;
    }
    ++i;
    last_merged = i < lines.size() ? lines[i].number : 0;
  }

  // A row whose label wrapped around its figures: the label's first part printed on the line
  // above the figures and the rest on the line below ("深圳市人民政府国有资产监督管" / figures /
  // "理委员会"). The two parts are joined and placed on the figures' line.
  for (size_t i = 1; i + 1 < lines.size(); ++i) {
    auto lone_text = [](const Line& l) {
      return l.tokens.size() == 1 && l.tokens[0].kind == TokenKind::text && header_key(l.tokens[0].text).empty();
    };
    Line& mid = lines[i];
    if (!lone_text(lines[i - 1]) || !lone_text(lines[i + 1])) continue;
    if (lines[i - 1].number != mid.number - 1 || lines[i + 1].number != mid.number + 1) continue;
    if (mid.tokens.empty() || mid.tokens.front().kind != TokenKind::amount) continue;
    const LayoutToken& above = lines[i - 1].tokens[0];
    const LayoutToken& below = lines[i + 1].tokens[0];
    if (std::abs(above.begin - below.begin) > 2 || above.end >= mid.tokens.front().begin ||
        length_cp(above.text) < 4)
      continue;
    LayoutToken label = above;
    label.text = strip_blanks(above.text) + strip_blanks(below.text);
    label.end = std::max(above.end, below.end);
    mid.tokens.insert(mid.tokens.begin(), label);
    lines.erase(lines.begin() + static_cast<long>(i) + 1);
    lines.erase(lines.begin() + static_cast<long>(i) - 1);
  }

  // Header: the lines before the first line with a figure or a code row.
  auto is_data = [](const Line& l) {
    if (is_column_number_row(l.tokens)) return false;
    auto segs = segments_of(l.tokens);
    for (const auto& s : segs)
      if (!s.codes.empty() || !s.amounts.empty()) return true;
    return false;
  };
  size_t first_data = 0;
  while (first_data < lines.size() && !is_data(lines[first_data])) ++first_data;
  // Rows printed blank just above the first row of figures ("因公出国（境）费" with no figure,
  // then "公务接待费 0.20 0.20") are rows, not headings: a line of one label standing where the
  // first row's label stands, when a heading line of several words remains above it.
  while (first_data >= 2 && first_data < lines.size()) {
    const Line& above = lines[first_data - 1];
    const Line& row = lines[first_data];
    if (above.tokens.size() != 1 || above.tokens[0].kind != TokenKind::text || row.tokens.empty() ||
        row.tokens[0].kind != TokenKind::text || std::abs(above.tokens[0].begin - row.tokens[0].begin) > 1 ||
        header_key(above.tokens[0].text) == "label" || length_cp(strip_blanks(above.tokens[0].text)) < 4)
      break;
    bool heading_above = false;
    for (size_t k = 0; k + 1 < first_data; ++k) heading_above |= lines[k].tokens.size() >= 2;
    if (!heading_above) break;
    --first_data;
  }
  // A table with no data (本表无数据) printing its 合计 row blank: that row is a row, not a heading.
  if (first_data == lines.size() && table.no_data)
    while (first_data > 1 && !lines[first_data - 1].tokens.empty() &&
           is_total_label(lines[first_data - 1].tokens.front().text) && lines[first_data - 1].tokens.size() == 1)
      --first_data;
  std::vector<Line> header(lines.begin(), lines.begin() + static_cast<long>(first_data));
  std::vector<Leaf> leaves = header_leaves(header, text.cell_grid);
  std::vector<double> row_number_columns;
  for (const auto& leaf : leaves)
    if (leaf.key == "row_number") row_number_columns.push_back(leaf.center);
  std::vector<std::string> header_texts;
  std::set<std::string> header_words;
  for (const auto& h : header) {
    std::string joined;
    for (const auto& t : h.tokens) {
      joined += strip_blanks(t.text);
      header_words.insert(strip_blanks(t.text));
    }
    header_texts.push_back(joined);
  }
  // A line of two headings or more, each one of the header's ("项目  统计数" over a section of
  // a statistics table): a heading, never a row.
  auto repeats_headings = [&](const Line& l) {
    if (l.tokens.size() < 2) return false;
    for (const auto& t : l.tokens)
      if (t.kind != TokenKind::text || !header_words.count(strip_blanks(t.text))) return false;
    return true;
  };

  auto labels_under = [&](const Leaf& leaf) {
    for (size_t i = first_data; i < lines.size(); ++i) {
      std::string joined;  // the header repeated on a later page is no row
      for (const auto& t : lines[i].tokens) joined += strip_blanks(t.text);
      if (std::find(header_texts.begin(), header_texts.end(), joined) != header_texts.end()) continue;
      for (const auto& t : lines[i].tokens)
        if (t.kind == TokenKind::text && t.begin <= leaf.end + 4 && t.end >= leaf.begin - 4 && length_cp(t.text) >= 2)
          return true;
    }
    return false;
  };
  // Blocks: a label column opens a block once the current one has figure columns.
  std::vector<Block> blocks(1);
  std::vector<double> code_column_x;  // 类, 款, 项 header positions (codes split over columns)
  for (const auto& leaf : leaves) {
    if (leaf.label == "类" || leaf.label == "款" || leaf.label == "项") {
      code_column_x.push_back(leaf.center);
      continue;
    }
    if (leaf.key == "row_number") { blocks.back().row_number_x = leaf.center; continue; }
    if (leaf.key == "label") {
      // A second label column opens a block (the other side of a 收支总表) only where the rows
      // print labels under it: a wrapped heading's last word ("…上级/支出") does not.
      if (!blocks.back().columns.empty() && !labels_under(leaf)) continue;
      if (!blocks.back().columns.empty()) blocks.emplace_back();
      if (blocks.back().label_x < 0) blocks.back().label_x = leaf.begin;
      continue;
    }
    Column c;
    c.key = leaf.key;
    if (leaf.under_three_public && (leaf.label == "小计" || leaf.label == "合计")) c.key = "three_public_subtotal";
    c.label = leaf.label;
    c.group = leaf.year_group;
    blocks.back().columns.push_back(static_cast<int>(table.columns.size()));
    blocks.back().centers.push_back(leaf.center);
    blocks.back().begins.push_back(leaf.begin);
    table.columns.push_back(c);
  }
  while (blocks.size() > 1 && blocks.back().columns.empty()) blocks.pop_back();

  std::vector<std::vector<Segment>> data;  // segments per data line
  std::vector<int> unplaced;  // lines with more figures than the header has columns
  std::pair<size_t, size_t> unplaced_detail;  // the first one's figures and columns
  std::vector<int> data_lines;
  bool after_grand_total = false;
  for (size_t i = first_data; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (is_column_number_row(l.tokens)) continue;
    // A header repeated after a page break.
    std::string joined;
    for (const auto& t : l.tokens) joined += strip_blanks(t.text);
    if (std::find(header_texts.begin(), header_texts.end(), joined) != header_texts.end() || repeats_headings(l)) continue;
    // After the grand total (总计) of a 收支总表, which closes it, a line without figures is the
    // text that follows the table. (A code table may print its 总计 first.)
    bool figures = false;
    for (const auto& t : l.tokens) figures |= t.kind != TokenKind::text;
    if (after_grand_total && !figures && blocks.size() >= 2) break;
    for (const auto& t : l.tokens)
      after_grand_total |= t.kind == TokenKind::text &&
                           (strip_blanks(t.text) == "总计" || ends_with(strip_blanks(t.text), "收入总计") ||
                            ends_with(strip_blanks(t.text), "支出总计"));
    data.push_back(segments_of(l.tokens, row_number_columns));
    data_lines.push_back(l.number);
  }

  // Without figure columns in the header, the figures of the widest rows make the columns.
  if (table.columns.empty()) {
    size_t widest = 0;
    for (const auto& segs : data)
      for (const auto& s : segs) widest = std::max(widest, s.amounts.size());
    for (const auto& segs : data)
      if (segs.size() == 1 && segs[0].amounts.size() == widest && widest > 0) {
        for (size_t c = 0; c < widest; ++c) {
          Column col;
          col.key = "c" + std::to_string(c + 1);
          table.columns.push_back(col);
          blocks[0].columns.push_back(static_cast<int>(c));
          blocks[0].centers.push_back(segs[0].amounts[c].center());
          blocks[0].begins.push_back(segs[0].amounts[c].begin);
        }
        break;
      }
  }

  bool split_ambiguous = false;
  // Name the columns: the first figure column of a block is its total when the header calls it
  // so (合计, 预算数, 金额 …); other names come from the vocabulary; duplicates are numbered.
  for (size_t b = 0; b < blocks.size(); ++b) {
    auto& block = blocks[b];
    std::map<std::string, int> seen;
    for (size_t k = 0; k < block.columns.size(); ++k) {
      Column& c = table.columns[block.columns[k]];
      bool total_word = false;
      for (const auto& w : total_column_words()) total_word |= contains(c.label, w);
      if (c.key.find(':') != std::string::npos) {  // an item's fund-source part keeps its key, once
        if (seen[c.key]++ > 0) split_ambiguous = true;
        continue;
      }
      bool group_start = k > 0 && c.group != table.columns[block.columns[k - 1]].group;
      // A group's first column is its total unless the header names it otherwise ("2024年财政拨款"
      // over 一般公共预算 | 政府性基金预算).
      if ((k == 0 && (c.key.empty() || c.key == "subtotal" || (total_word && c.key != "carryover"))) ||
          (group_start && (c.key.empty() || c.key == "subtotal")))
        c.key = "total";
      if (c.key == "subtotal" || c.key == "three_public_subtotal") {
        // 小计 right before 购置费: the 公务用车 subtotal of a “三公” table; otherwise a 小计
        // under “三公”经费 is the “三公” total where the table's 合计 also counts 会议费/培训费.
        std::string next = k + 1 < block.columns.size() ? table.columns[block.columns[k + 1]].key : "";
        bool after_total = k >= 1 && starts_with(table.columns[block.columns[k - 1]].key, "total");
        if (next == "vehicle_purchase") c.key = "vehicles_total";
        else if (c.key == "three_public_subtotal" || (after_total && next == "overseas")) c.key = "three_public_total";
      }
      if (c.key.empty()) c.key = "c" + std::to_string(k + 1);
      if (seen[c.key]++ > 0) c.key += "_" + std::to_string(seen[c.key]);
    }
    if (blocks.size() >= 2) block.side = b == 0 ? "income" : b == 1 ? "expenditure" : "expenditure_" + std::to_string(b);
    for (int c : block.columns) table.columns[c].side = block.side;
  }
  // Two columns claimed for one item and fund: the headings were not read surely, so no
  // column is taken for an item.
  if (split_ambiguous)
    for (size_t c = 0; c < table.columns.size(); ++c)
      if (table.columns[c].key.find(':') != std::string::npos) table.columns[c].key = "c" + std::to_string(c + 1);

  // A 行次 column the header does not name: in each row, a whole number of up to three digits
  // right after the label and left of the first figure column, counting up the rows (1, 2, 3 …
  // 26, 27): a row number, never an amount.
  for (size_t b = 0; b < blocks.size(); ++b) {
    Block& block = blocks[b];
    if (block.row_number_x >= 0 || block.centers.empty()) continue;
    std::vector<int> numbers;
    std::vector<double> xs;
    for (const auto& segs : data) {
      if (segs.size() != blocks.size()) continue;
      const Segment& seg = segs[b];
      if (seg.label.empty() || seg.amounts.empty()) continue;
      const LayoutToken& first = seg.amounts.front();
      if (!first.is_integer() || first.text.size() > 3 || first.center() >= block.centers.front() - 2) continue;
      numbers.push_back(std::stoi(first.text));
      xs.push_back(first.center());
    }
    if (numbers.size() < kLayout.row_number_rows) continue;
    size_t rising = 0;
    for (size_t k = 1; k < numbers.size(); ++k) rising += numbers[k] > numbers[k - 1];
    auto [lo, hi] = std::minmax_element(xs.begin(), xs.end());
    if (rising * 5 >= (numbers.size() - 1) * 4 && *hi - *lo <= kLayout.row_number_spread) block.row_number_x = median(xs);
  }

  // Where a figure stands: its right edge (figures are right-aligned), or on a cell grid its
  // cell's first column.
  auto figure_x = [&](const LayoutToken& a) { return static_cast<double>(text.cell_grid ? a.begin : a.end); };
  // Calibrate: where the rows put their labels, and where figures end in each column. Figures
  // are right-aligned under centred headings, so the widest rows are first placed by the
  // headings, and their right edges then stand for the columns.
  // Each page is laid out on its own, so a table continued over pages is calibrated per page
  // (a page without a full row uses the whole table's calibration).
  std::vector<int> data_pages;
  for (int line : data_lines) data_pages.push_back(text.page_of(line));
  std::vector<size_t> table_widest(blocks.size(), 0);
  auto calibrate = [&](size_t b, int page, std::vector<double>* rights) {
    Block& block = blocks[b];
    std::vector<const Segment*> mine;
    for (size_t i = 0; i < data.size(); ++i)
      if (data[i].size() == blocks.size() && (page < 0 || data_pages[i] == page)) mine.push_back(&data[i][b]);
    size_t widest = 0;
    for (const Segment* s : mine)
      if (s->amounts.size() <= block.columns.size()) widest = std::max(widest, s->amounts.size());
    if (page < 0) table_widest[b] = widest;
    else if (widest < table_widest[b]) return false;  // no full row on this page
    std::vector<std::vector<double>> samples(block.columns.size());
    for (const Segment* s : mine) {
      if (s->amounts.size() != widest || widest == 0) continue;
      std::vector<double> xs;
      for (const auto& a : s->amounts) xs.push_back(a.center());
      bool anchor = !block.columns.empty() && table.columns[block.columns[0]].key == "total" && first_is_sum(s->amounts);
      std::vector<int> where = place_row(xs, block.centers, anchor);
      for (size_t k = 0; k < where.size(); ++k) samples[where[k]].push_back(s->amounts[k].end);
    }
    std::vector<double> offsets;
    for (size_t k = 0; k < samples.size(); ++k)
      if (!samples[k].empty()) offsets.push_back(median(samples[k]) - block.centers[k]);
    if (offsets.empty()) return false;
    double offset = median(offsets);
    rights->resize(block.columns.size());
    // Rows with blanks place their figures by the headings alone: their positions calibrate the
    // row's shift, never a column of their own (which would only confirm their own placement).
    const bool full = widest == block.columns.size();
    for (size_t k = 0; k < samples.size(); ++k)
      (*rights)[k] = samples[k].empty() || !full ? block.centers[k] + offset : median(samples[k]);
    return true;
  };
  for (size_t b = 0; b < blocks.size(); ++b) {
    Block& block = blocks[b];
    std::vector<double> labels;
    for (const auto& segs : data)
      if (segs.size() == blocks.size() && segs[b].label_begin >= 0) labels.push_back(segs[b].label_begin);
    if (!labels.empty()) block.label_x = median(labels);
    // On a cell grid a figure starts where its column's heading starts: nothing to calibrate.
    if (text.cell_grid) {
      block.rights = block.begins;
      continue;
    }
    if (!calibrate(b, -1, &block.rights)) block.rights = block.centers;
    for (int page : std::set<int>(data_pages.begin(), data_pages.end())) {
      std::vector<double> rights;
      if (calibrate(b, page, &rights)) block.rights_by_page[page] = rights;
    }
  }
  for (size_t b = 0; b < blocks.size(); ++b)
    if (blocks[b].label_x < 0) blocks[b].label_x = b == 0 ? 0 : (blocks[b - 1].centers.empty() ? 0 : blocks[b - 1].centers.back() + 4);

  // The side of a segment when a line has fewer segments than the table has sides: by where
  // its label starts (nearest side; a right-hand label moves left when the left is empty), else
  // by where its figures end.
  auto block_of = [&](const Segment& s) -> size_t {
    if (blocks.size() == 1) return 0;
    size_t best = 0;
    double best_d = std::numeric_limits<double>::max();
    for (size_t b = 0; b < blocks.size(); ++b) {
      double d;
      if (s.label_begin < 0 && !s.amounts.empty() && !blocks[b].rights.empty()) {
        d = std::numeric_limits<double>::max();
        for (double r : blocks[b].rights) d = std::min(d, std::fabs(figure_x(s.amounts.back()) - r));
      } else {
        double x = s.label_begin >= 0 ? s.label_begin : 0;
        d = std::fabs(x - blocks[b].label_x);
      }
      if (d < best_d) { best_d = d; best = b; }
    }
    return best;
  };

  // Blocks whose full rows add up (合计 = 基本支出 + 项目支出), or whose columns add up by
  // definition and no full row says otherwise: a sparse row is placed so that it adds up too, where its positions are not sure (a cell export spaces its cells unevenly).
  for (size_t b = 0; b < blocks.size(); ++b) {
    Block& block = blocks[b];
    if (block.columns.size() < 3 || table.columns[block.columns[0]].key != "total") continue;
    int holds = 0, fails = 0;
    for (const auto& segs : data) {
      if (segs.size() != blocks.size() || segs[b].amounts.size() != block.columns.size()) continue;
      std::vector<int> all(block.columns.size());
      for (size_t c = 0; c < all.size(); ++c) all[c] = static_cast<int>(c);
      (keeps_sum(segs[b].amounts, all, all.size()) ? holds : fails) += 1;
    }
    std::vector<std::string> keys;
    for (int c : block.columns) keys.push_back(table.columns[c].key);
    const auto& sets = summed_column_sets();
    const bool by_definition = std::find(sets.begin(), sets.end(), keys) != sets.end();
    block.total_is_sum = (holds >= kLayout.total_is_sum_rows && fails * 10 <= holds) || (by_definition && fails == 0);
  }

  // 栏次 printed under the header ("栏次  1  2  3"): each number names the figure column it
  // stands over, or a label column.
  for (const auto& l : lines) {
    if (!is_column_number_row(l.tokens)) continue;
    for (const auto& tok : l.tokens) {
      if (!tok.is_integer()) continue;
      int best = -1;
      double best_d = text.cell_grid ? kCellWidth / 2.0 : kLayout.column_number_slack;
      for (const auto& block : blocks)
        for (size_t k = 0; k < block.columns.size() && k < block.rights.size(); ++k)
          if (double dist = std::fabs(figure_x(tok) - block.rights[k]); dist <= best_d) {
            best_d = dist;
            best = block.columns[k];
          }
      int number = std::stoi(tok.text);
      if (best >= 0 && !table.columns[best].column_number) table.columns[best].column_number = number;
      else table.label_column_numbers.push_back(number);
    }
  }

  std::string last_class, last_kuan;
  for (size_t li = 0; li < data.size(); ++li) {
    std::vector<Segment> segs = data[li];
    const int line = data_lines[li];
    // Fewer segments than sides, one with more figures than its side has columns ("合计  90.00
    // … 90.00  90.00" where the other side prints no label): each figure goes to the side whose
    // column it stands under.
    if (blocks.size() >= 2 && segs.size() < blocks.size()) {
      std::vector<Segment> split;
      for (const auto& seg : segs) {
        size_t own = block_of(seg);
        if (seg.amounts.size() <= blocks[own].columns.size()) { split.push_back(seg); continue; }
        std::vector<Segment> parts(blocks.size());
        parts[own].codes = seg.codes;
        parts[own].label = seg.label;
        parts[own].label_begin = seg.label_begin;
        for (const auto& a : seg.amounts) {
          size_t best = own;
          double best_d = std::numeric_limits<double>::max();
          for (size_t b = 0; b < blocks.size(); ++b)
            for (double r : blocks[b].rights)
              if (std::fabs(figure_x(a) - r) < best_d) { best_d = std::fabs(figure_x(a) - r); best = b; }
          parts[best].amounts.push_back(a);
        }
        for (size_t b = 0; b < parts.size(); ++b)
          if (b == own || !parts[b].amounts.empty()) split.push_back(parts[b]);
      }
      segs = split;
    }
    std::vector<size_t> assigned(segs.size());
    if (segs.size() == blocks.size()) {
      for (size_t k = 0; k < segs.size(); ++k) assigned[k] = k;
    } else {
      for (size_t k = 0; k < segs.size(); ++k) assigned[k] = block_of(segs[k]);
    }
    for (size_t k = 0; k < segs.size(); ++k) {
      Segment s = segs[k];
      Block& block = blocks[assigned[k]];
      Row row;
      row.line = line;
      row.page = text.page_of(line);
      row.side = block.side;
      row.name = strip_blanks(s.label);
      for (const char* colon : {"：", ":"})
        if (ends_with(row.name, colon)) row.name.resize(row.name.size() - std::string(colon).size());
      // Codes: one column of 3/5/7 digits, 类 款 项 in columns, or only the new part printed.
      if (!s.codes.empty()) {
        const LayoutToken& first = s.codes.front();
        if (first.text.size() == 6 || first.text.size() == 9) {
          row.group = "unit";
          row.code = first.text;
        } else if (s.codes.size() == 1 && first.text.size() == 2) {
          bool is_item = false;
          if (code_column_x.size() >= 3) {
            is_item = std::fabs(first.center() - code_column_x[2]) < std::fabs(first.center() - code_column_x[1]);
          } else {
            is_item = last_kuan.size() == 5;
          }
          if (is_item && last_kuan.size() == 5) row.code = last_kuan + first.text;
          else if (!is_item && last_class.size() == 3) { row.code = last_class + first.text; last_kuan = row.code; }
        } else {
          row.code = code_of(s, last_class, last_kuan);
        }
        if (row.group != "unit") row.level = row.code.size() == 3 ? 1 : row.code.size() == 5 ? 2 : row.code.size() == 7 ? 3 : 1;
      } else {
        row.is_total = is_total_label(row.name);
        row.level = row.is_total ? 0 : 1;
      }
      // "2010301行政运行", "2010801-行政运行": a 类/款/项 code glued to its name.
      if (row.code.empty() && !row.name.empty() && isdigit(static_cast<unsigned char>(row.name[0]))) {
        size_t n = 0;
        while (n < row.name.size() && isdigit(static_cast<unsigned char>(row.name[n]))) ++n;
        size_t rest = n;
        if (rest < row.name.size() && (row.name[rest] == '-' || row.name[rest] == ' ')) ++rest;
        if ((n == 3 || n == 5 || n == 7) && rest < row.name.size() && !isdigit(static_cast<unsigned char>(row.name[rest])) &&
            row.name[rest] != '.' && row.name.compare(rest, 3, "年") != 0) {
          row.code = row.name.substr(0, n);
          row.name = row.name.substr(rest);
          row.level = n == 3 ? 1 : n == 5 ? 2 : 3;
        }
      }
      // "[30101]基本工资": the code in brackets before the name.
      if (row.code.empty() && starts_with(row.name, "[")) {
        size_t close = row.name.find(']');
        std::string inner = close == std::string::npos ? "" : row.name.substr(1, close - 1);
        if (!inner.empty() && inner.size() <= 9 && std::all_of(inner.begin(), inner.end(), [](char c) { return isdigit(static_cast<unsigned char>(c)); })) {
          row.code = inner;
          row.name = row.name.substr(close + 1);
          row.level = inner.size() == 3 ? 1 : inner.size() == 5 ? 2 : 3;
        }
      }
      if (row.name.empty() && row.code.empty() && s.amounts.empty()) continue;
      // 行次: the first small whole number after the label.
      if (block.row_number_x >= 0 && !s.amounts.empty() && s.amounts.front().is_integer() &&
          s.amounts.front().text.size() <= 3) {
        row.row_number = std::stoi(s.amounts.front().text);
        s.amounts.erase(s.amounts.begin());
      }
      row.values.assign(table.columns.size(), std::nullopt);
      for (int c : block.columns) row.values[c] = 0.0;
      std::vector<double> xs;
      for (const auto& a : s.amounts) xs.push_back(figure_x(a));
      bool anchor = !block.columns.empty() && table.columns[block.columns[0]].key == "total" && first_is_sum(s.amounts);
      auto on_page = block.rights_by_page.find(text.page_of(line));
      const auto& rights = on_page != block.rights_by_page.end() ? on_page->second : block.rights;
      std::vector<int> where = place_row(xs, rights, anchor);
      if (block.total_is_sum && !where.empty()) place_by_sum(s.amounts, xs, rights, &where);
      row.placement_unsure = !text.cells_exact && placement_ambiguous(xs, rights, anchor, where);
      if (!s.amounts.empty() && where.empty()) {
        unplaced.push_back(line);
        if (unplaced.size() == 1) unplaced_detail = {s.amounts.size(), block.columns.size()};
        continue;
      }
      // Every column printed, or the cells given exactly (a tab export): placed for sure.
      row.complete = (s.amounts.size() == block.columns.size() || text.cells_exact) && block.columns.size() > 0;
      for (const auto& a : s.amounts)
        if (a.is_integer() && (a.text.size() == 4 || a.text.size() >= 5)) row.complete = false;  // a year or a code?
      for (size_t a = 0; a < s.amounts.size(); ++a) {
        const LayoutToken& t = s.amounts[a];
        row.values[block.columns[where[a]]] = t.kind == TokenKind::blank ? Amount() : Amount(t.value);
        if (t.value && *t.value != 0 && !t.is_integer()) ++table.printed_figures;
      }
      table.rows.push_back(std::move(row));
    }
  }
  // A label wrapped around its figures: "机关事业单位基本养老保险缴费支" / "2080505  1,384.70" / "出".
  for (size_t k = 0; k < table.rows.size(); ++k) {
    Row& row = table.rows[k];
    if (row.code.empty() || !row.name.empty()) continue;
    auto bare_text = [&](size_t i) {
      const Row& r = table.rows[i];
      if (!r.code.empty() || r.side != row.side) return false;
      for (const auto& v : r.values)
        if (v && *v != 0) return false;
      return true;
    };
    if (k + 1 < table.rows.size() && table.rows[k + 1].line == row.line + 1 && bare_text(k + 1)) {
      row.name = table.rows[k + 1].name;
      table.rows.erase(table.rows.begin() + static_cast<long>(k) + 1);
    }
    if (k > 0 && table.rows[k - 1].line == row.line - 1 && bare_text(k - 1)) {
      table.rows[k].name = table.rows[k - 1].name + table.rows[k].name;
      table.rows.erase(table.rows.begin() + static_cast<long>(k) - 1);
      --k;
    }
  }
  // A coded row's name wrapped onto the next line ("机关事业单位基本养老保险缴费" / "支出"): a
  // short text with no code and no figure right under it is the rest of its name, not a row.
  for (size_t k = 0; k + 1 < table.rows.size(); ++k) {
    Row& row = table.rows[k];
    const Row& next = table.rows[k + 1];
    if (row.code.empty() || row.name.empty() || next.line != row.line + 1 || !next.code.empty() ||
        next.side != row.side || next.name.empty() || length_cp(next.name) > 8)
      continue;
    const bool figures = std::any_of(next.values.begin(), next.values.end(), [](const Amount& v) { return v && *v != 0; });
    const std::string bare = strip_blanks(next.name);
    if (figures || contains(bare, "合计") || contains(bare, "总计") || contains(bare, "小计")) continue;
    // Not when the next row starts a new numbered item of its own (一、 （一） 1.).
    if (bare.find("、") != std::string::npos || starts_with(bare, "（") || starts_with(bare, "(")) continue;
    row.name += bare;
    table.rows.erase(table.rows.begin() + static_cast<long>(k) + 1);
  }
  // A body without a row read: printed empty under its header and unit (nothing to read, as
  // 本表无数据), or holding figures that could not be placed (unread: no figure is claimed).
  // A title with no line under it (an entry of a list of titles) has no body: not present.
  if (table.rows.empty() && !table.no_data && !region.unit.empty() && !lines.empty()) {
    bool figures = false;
    for (const Line& l : lines)
      for (const auto& t : l.tokens)
        figures |= t.is_figure();
    if (figures) table.unread = true;
    else table.no_data = true;
  }
  // The note saying why a table is empty is often printed just under it ("注：本部门无政府性基金
  // 预算财政拨款安排的预算，故本表为空表。").
  for (int i = region.end + 1; table.no_data && !table.no_data_note && i <= region.end + 3 && i <= text.line_count(); ++i) {
    const std::string s = strip_blanks(text.line(i));
    if ((starts_with(s, "注") || starts_with(s, "说明") || starts_with(s, "备注") || contains(s, "本表")) &&
        (contains(s, "无数据") || contains(s, "空表")))
      table.no_data_note = true;
  }
  table.present = !table.rows.empty() || table.no_data || table.unread;
  // Lines that could not be placed: one finding for the table, not one a line.
  if (!unplaced.empty()) {
    Check c;
    c.id = "unparsed";
    c.severity = "warning";
    c.table = table.id;
    c.line = unplaced.front();
    c.lines = unplaced;
    c.wording = {{"check.unparsed",
                  {{"table", table.title}, {"count", unplaced.size()}, {"line", unplaced.front()},
                   {"figures", unplaced_detail.first}, {"columns", unplaced_detail.second}}}};
    c.message = Catalog::built_in().word(c.wording);
    checks.push_back(std::move(c));
  }
  return table;
}

}  // namespace budgetsite
