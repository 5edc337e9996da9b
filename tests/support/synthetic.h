// Synthetic disclosures for benchmarks and scale tests: the five Shanxi seeds of content/, each
// copy renamed to another real Shanxi county and another department, so that comparison groups,
// regions and departments form as on a real provincial site. Figures are the seeds' own.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace budgetsite {

struct SyntheticDisclosure {
  std::filesystem::path file;
  std::string entity;   // e.g. 交城县审计局
  std::string region;   // e.g. 交城县
};

// Writes `count` disclosures (.txt) into `folder` (created) from the seeds in `seed_folder`
// (content/disclosures). The i-th is the same text for the same i on every run. Distinct for
// count ≤ 5 × counties × departments (over 11,000); beyond that the names repeat with a number.
std::vector<SyntheticDisclosure> write_synthetic_disclosures(const std::filesystem::path& seed_folder,
                                                             const std::filesystem::path& folder, int count);

}  // namespace budgetsite
