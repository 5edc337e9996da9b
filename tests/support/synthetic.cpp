#include "synthetic.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace budgetsite {

namespace {

struct Seed {
  const char* file;
  const char* place;       // the place name printed in the seed, replaced in each copy
  const char* long_place;  // the same with its city, replaced first
};

// The seeds and the name of their county (or city) as printed.
const Seed kSeeds[] = {
    {"shanxi-liulin-2024-budget.txt", "柳林县", "吕梁市柳林县"},
    {"shanxi-fenyang-2024-budget.txt", "汾阳市", "吕梁市汾阳市"},
    {"shanxi-xiangyuan-2023-final.txt", "襄垣县", "长治市襄垣县"},
    {"shanxi-shuocheng-2024-final.txt", "朔城区", "朔州市朔城区"},
    {"shanxi-datong-2024-budget.txt", "大同市", "山西省大同市"},
};
const char* kSeedDepartment = "工业和信息化局";

const char* kCounties[] = {
    "清徐县", "阳曲县", "娄烦县", "古交市", "阳高县", "天镇县", "广灵县", "灵丘县", "浑源县", "左云县",
    "平定县", "盂县",   "平顺县", "黎城县", "壶关县", "长子县", "武乡县", "沁县",   "沁源县", "沁水县",
    "阳城县", "陵川县", "泽州县", "高平市", "山阴县", "应县",   "右玉县", "怀仁市", "榆社县", "左权县",
    "和顺县", "昔阳县", "寿阳县", "祁县",   "平遥县", "灵石县", "介休市", "临猗县", "万荣县", "闻喜县",
    "稷山县", "新绛县", "绛县",   "垣曲县", "夏县",   "平陆县", "芮城县", "永济市", "河津市", "定襄县",
    "五台县", "代县",   "繁峙县", "宁武县", "静乐县", "神池县", "五寨县", "岢岚县", "河曲县", "保德县",
    "偏关县", "原平市", "曲沃县", "翼城县", "襄汾县", "洪洞县", "古县",   "安泽县", "浮山县", "吉县",
    "乡宁县", "大宁县", "隰县",   "永和县", "蒲县",   "汾西县", "侯马市", "霍州市", "文水县", "交城县",
    "兴县",   "临县",   "石楼县", "岚县",   "方山县", "中阳县", "交口县", "孝义市", "尧都区", "屯留区",
};
const char* kDepartments[] = {
    "工业和信息化局", "审计局",       "统计局",         "财政局",           "发展和改革局",
    "卫生健康局",     "教育局",       "民政局",         "司法局",           "自然资源局",
    "住房和城乡建设局", "交通运输局", "水利局",         "农业农村局",       "商务局",
    "文化和旅游局",   "应急管理局",   "市场监督管理局", "人力资源和社会保障局", "退役军人事务局",
    "医疗保障局",     "林业局",       "科学技术局",     "信访局",           "生态环境局",
};

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read seed " + p.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
}

}  // namespace

std::vector<SyntheticDisclosure> write_synthetic_disclosures(const std::filesystem::path& seed_folder,
                                                             const std::filesystem::path& folder, int count) {
  std::filesystem::create_directories(folder);
  std::vector<std::string> seeds;
  for (const auto& s : kSeeds) seeds.push_back(read_file(seed_folder / s.file));
  constexpr int kSeedCount = std::size(kSeeds);
  constexpr int kCountyCount = std::size(kCounties);
  constexpr int kDepartmentCount = std::size(kDepartments);
  std::vector<SyntheticDisclosure> out;
  for (int i = 0; i < count; ++i) {
    // Each disclosure its own department: every county publishes every department, each county
    // in the year and kind of one seed.
    const int seed = i % kSeedCount;
    const int round = i / (kCountyCount * kDepartmentCount);
    std::string county = kCounties[i % kCountyCount];
    if (round > 0) county.insert(county.size() - 3, std::to_string(round + 1));  // before 县/市/区
    const std::string department = kDepartments[(i / kCountyCount) % kDepartmentCount];
    std::string text = seeds[seed];
    replace_all(text, kSeeds[seed].long_place, county);
    replace_all(text, kSeeds[seed].place + std::string(kSeedDepartment), county + department);
    replace_all(text, kSeeds[seed].place, county);
    replace_all(text, kSeedDepartment, department);
    SyntheticDisclosure d;
    d.file = folder / ("syn-" + std::to_string(i) + "-" + std::string(kSeeds[seed].file));
    d.entity = county + department;
    d.region = county;
    std::ofstream(d.file, std::ios::binary) << text;
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace budgetsite
