// Stage 5 (aggregate) — what kind of department an entity is, across regions. One entry per
// kind of department: the label comparisons show, an English slug for page addresses, every
// name regions give it (局, 厅, 委员会, 部; 经济和信息化 for 工业和信息化 …) and the short forms
// readers search by (工信, 发改, 人社 …). Knowledge as data: a new name is a new word in the
// table. The table holds no two entries sharing a name, slug or short form.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace budgetsite {

struct DepartmentKind {
  std::string label;                       // "卫生健康部门"
  std::string slug;                        // "health"
  std::vector<std::string> names;          // department_type as entities print it
  std::vector<std::string> abbreviations;  // what readers type: "卫健"
};

const std::vector<DepartmentKind>& department_kinds();

// The kind a department_type (or a kind's label) belongs to, or nullptr for a type no entry names.
const DepartmentKind* department_kind(const std::string& department_type);

// The key comparisons group by: the kind's label, else the type itself.
std::string department_group_label(const std::string& department_type);

// English slug of a department type ("工业和信息化局" → "industry-it"); unknown types get
// "dept-" and a stable 8-hex-digit hash of the name.
std::string department_slug(const std::string& department_type);

// Words a search should also find `text` by: the short forms of every department name it
// holds, and each area name of `region` without its suffix (柳林县 → 柳林, 上海市普陀区 → 上海, 普陀).
std::vector<std::string> search_keywords(const std::string& text, const std::string& region);

// FNV-1a 32-bit of the bytes, as 8 lowercase hex digits.
std::string short_hash(const std::string& text);

// The stem of a disclosure id: everything before its first "-YYYY" year segment
// ("shanxi-liulin-2024-budget" → "shanxi-liulin"); the id itself when it has none.
std::string id_stem(const std::string& disclosure_id);

// The one slug of each department (entity name → slug), from the ids of its disclosures: the
// smallest of their stems; where two departments would share one, the later (by name) gets a
// hash of its name appended. Department pages and comparison ids both use it.
std::map<std::string, std::string> department_slugs(const std::map<std::string, std::vector<std::string>>& ids_by_entity);

}  // namespace budgetsite
