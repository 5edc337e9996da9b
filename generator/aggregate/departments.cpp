#include "aggregate/departments.h"

#include <set>

#include <algorithm>

#include <cstdint>
#include <cstdio>

#include "common/text.h"

namespace budgetsite {

const std::vector<DepartmentKind>& department_kinds() {
  static const std::vector<DepartmentKind> kinds = {
      {"工业和信息化部门", "industry-it",
       {"工业和信息化局", "工业和信息化委员会", "工业和信息化厅", "工业和信息化部", "经济和信息化局", "经济和信息化委员会",
        "经济和信息化厅", "工业信息化局", "工信局"},
       {"工信", "经信"}},
      {"财政部门", "finance", {"财政局", "财政厅", "财政部"}, {"财政"}},
      {"教育部门", "education", {"教育局", "教育厅", "教育委员会", "教育部"}, {"教委"}},
      {"教育和体育部门", "education-sports", {"教育和体育局", "教育体育局", "教育科技体育局"}, {"教体"}},
      {"教育和科技部门", "education-science", {"教育科技局", "教育和科技局"}, {"教科"}},
      {"科学技术部门", "science-technology",
       {"科学技术局", "科技局", "科学技术厅", "科学技术委员会", "科学技术部", "科技创新局"}, {"科技"}},
      {"卫生健康部门", "health",
       {"卫生健康局", "卫生健康委员会", "卫生健康委", "卫生和健康委员会", "卫生健康厅", "卫生和计划生育委员会"},
       {"卫健", "卫健委", "卫计委"}},
      {"民政部门", "civil-affairs", {"民政局", "民政厅", "民政部"}, {"民政"}},
      {"人力资源和社会保障部门", "human-resources",
       {"人力资源和社会保障局", "人力资源和社会保障厅", "人力资源社会保障局", "人力资源和社会保障部"}, {"人社", "人社局"}},
      {"自然资源部门", "natural-resources",
       {"自然资源局", "自然资源和规划局", "自然资源厅", "规划和自然资源局", "自然资源部"}, {"自然资源", "自规"}},
      {"住房和城乡建设部门", "housing",
       {"住房和城乡建设局", "住房和城乡建设委员会", "住房和城乡建设厅", "住房城乡建设局"}, {"住建", "住建局"}},
      {"交通运输部门", "transport", {"交通运输局", "交通运输委员会", "交通运输厅", "交通局"}, {"交通"}},
      {"水利部门", "water", {"水利局", "水务局", "水利厅"}, {"水利", "水务"}},
      {"农业农村部门", "agriculture", {"农业农村局", "农业农村委员会", "农业农村厅", "农业局"}, {"农业", "农委"}},
      {"林业部门", "forestry", {"林业局", "林业和草原局", "林业厅"}, {"林业", "林草"}},
      {"商务部门", "commerce", {"商务局", "商务委员会", "商务厅"}, {"商务", "商委"}},
      {"文化和旅游部门", "culture-tourism",
       {"文化和旅游局", "文化广电和旅游局", "文化旅游局", "文化和旅游厅", "文化广电旅游局", "文化和旅游委员会"},
       {"文旅", "文广旅"}},
      {"市场监督管理部门", "market-regulation", {"市场监督管理局", "市场监管局"}, {"市监", "市场监管"}},
      {"应急管理部门", "emergency", {"应急管理局", "应急管理厅", "安全生产监督管理局"}, {"应急", "安监"}},
      {"生态环境部门", "environment", {"生态环境局", "生态环境厅", "环境保护局"}, {"生态", "环保"}},
      {"发展和改革部门", "development-reform",
       {"发展和改革局", "发展和改革委员会", "发展改革委", "发展和改革委"}, {"发改", "发改委"}},
      {"审计部门", "audit", {"审计局", "审计厅", "审计署"}, {"审计"}},
      {"统计部门", "statistics", {"统计局"}, {"统计"}},
      {"信访部门", "petition", {"信访局", "信访办公室"}, {"信访"}},
      {"公安部门", "public-security", {"公安局", "公安厅"}, {"公安"}},
      {"司法行政部门", "justice", {"司法局", "司法厅"}, {"司法"}},
      {"人民法院", "court", {"人民法院", "高级人民法院", "中级人民法院"}, {"法院"}},
      {"人民检察院", "procuratorate", {"人民检察院"}, {"检察院"}},
      {"医疗保障部门", "medical-security", {"医疗保障局"}, {"医保", "医保局"}},
      {"退役军人事务部门", "veterans", {"退役军人事务局", "退役军人事务厅"}, {"退役军人"}},
      {"能源部门", "energy", {"能源局"}, {"能源"}},
      {"行政审批部门", "admin-approval", {"行政审批服务管理局", "行政审批局", "行政审批服务局"}, {"审批"}},
      {"体育部门", "sports", {"体育局"}, {"体育"}},
      {"政府办公室", "government-office",
       {"人民政府办公室", "人民政府办公厅", "政府办公室", "政府办公厅"}, {"政府办"}},
      {"乡村振兴部门", "rural-revitalization", {"乡村振兴局"}, {"乡村振兴"}},
  };
  return kinds;
}

const DepartmentKind* department_kind(const std::string& department_type) {
  for (const auto& k : department_kinds()) {
    if (k.label == department_type) return &k;
    for (const auto& n : k.names)
      if (n == department_type) return &k;
  }
  return nullptr;
}

std::string department_group_label(const std::string& department_type) {
  const DepartmentKind* k = department_kind(department_type);
  return k ? k->label : department_type;
}

std::string short_hash(const std::string& text) {
  uint32_t h = 2166136261u;
  for (unsigned char c : text) {
    h ^= c;
    h *= 16777619u;
  }
  char buf[9];
  std::snprintf(buf, sizeof buf, "%08x", h);
  return buf;
}

std::string id_stem(const std::string& id) {
  // The first "-YYYY" segment (a year 1990–2099) ends the stem.
  for (size_t pos = id.find('-'); pos != std::string::npos; pos = id.find('-', pos + 1)) {
    if (pos + 5 > id.size()) break;
    const std::string year = id.substr(pos + 1, 4);
    const bool digits = std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool ends = pos + 5 == id.size() || id[pos + 5] == '-';
    if (digits && ends && (year.starts_with("19") || year.starts_with("20")) && pos > 0) return id.substr(0, pos);
  }
  return id;
}

std::map<std::string, std::string> department_slugs(const std::map<std::string, std::vector<std::string>>& ids_by_entity) {
  std::map<std::string, std::string> slugs;
  std::set<std::string> used;
  for (const auto& [name, ids] : ids_by_entity) {
    if (ids.empty()) continue;
    std::string slug;
    for (const auto& id : ids) {
      const std::string stem = id_stem(id);
      if (slug.empty() || stem < slug) slug = stem;
    }
    if (used.count(slug)) slug += "-" + short_hash(name);
    used.insert(slug);
    slugs[name] = slug;
  }
  return slugs;
}

std::string department_slug(const std::string& department_type) {
  if (const DepartmentKind* k = department_kind(department_type)) return k->slug;
  return "dept-" + short_hash(department_type);
}

std::vector<std::string> search_keywords(const std::string& text, const std::string& region) {
  std::vector<std::string> words;
  for (const auto& k : department_kinds()) {
    bool named = false;
    for (const auto& n : k.names) named |= contains(text, n);
    if (named) words.insert(words.end(), k.abbreviations.begin(), k.abbreviations.end());
  }
  // Areas of the region without their suffix: 上海市普陀区 → 上海, 普陀.
  std::u32string r = to_u32(region), area;
  const std::u32string suffixes = U"省市县区旗盟";
  for (char32_t c : r) {
    area += c;
    if (suffixes.find(c) != std::u32string::npos) {
      if (area.size() >= 3) words.push_back(to_utf8(area.substr(0, area.size() - 1)));
      area.clear();
    }
  }
  return words;
}

}  // namespace budgetsite
