// budgetsite_synth N FOLDER [SEED_FOLDER]: writes N synthetic disclosures (tests/support/
// synthetic.h) into FOLDER/disclosures, for scripts/bench.sh and anyone sizing a site.
#include <cstdlib>
#include <iostream>

#include "synthetic.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: budgetsite_synth N FOLDER [SEED_FOLDER]\n"
                 "  writes N synthetic disclosures (the Shanxi seeds renamed to other counties and\n"
                 "  departments) into FOLDER/disclosures; SEED_FOLDER defaults to content/disclosures\n";
    return 2;
  }
  const int count = std::atoi(argv[1]);
  if (count <= 0) {
    std::cerr << "budgetsite_synth: N must be a positive number, not \"" << argv[1] << "\"\n";
    return 2;
  }
  try {
    const auto written = budgetsite::write_synthetic_disclosures(argc > 3 ? argv[3] : "content/disclosures",
                                                                 std::filesystem::path(argv[2]) / "disclosures", count);
    std::cout << "budgetsite_synth: wrote " << written.size() << " disclosures into " << argv[2] << "/disclosures\n";
  } catch (const std::exception& e) {
    std::cerr << "budgetsite_synth: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
