// Stage 8 — what a long build shows while it runs, and what each phase cost. A Progress
// counts the items of one phase from any thread: on a terminal it keeps one line up to date
// (phase, done/total, rate, time left), elsewhere (CI, a pipe) it prints a plain line at each
// tenth of a phase of 100 items or more; quiet, it prints nothing. PhaseTimes records each
// named phase's wall time for --timings and --verbose.
#pragma once

#include <chrono>
#include <iosfwd>
#include <mutex>
#include <string>
#include <vector>

namespace budgetsite {

class Progress {
 public:
  enum class Style { terminal, lines, quiet };
  Progress(std::ostream& out, Style style, std::string phase, size_t total);
  ~Progress();  // ends a terminal line
  void advance();  // one more item done; thread-safe

 private:
  std::ostream& out_;
  Style style_;
  std::string phase_;
  size_t total_, done_ = 0;
  int last_tenth_ = 0;
  std::chrono::steady_clock::time_point started_, last_shown_;
  std::mutex mutex_;
};

// The style for `out` (stderr): a terminal unless it is not one or TERM is dumb; quiet wins.
Progress::Style progress_style(bool quiet);

struct PhaseTime {
  std::string name;
  double seconds = 0;
  size_t items = 0;
  long resident_kb = 0;  // the process's resident memory when the phase ended (0: unknown)
  long heap_in_use_kb = 0;  // of it, what the allocator has handed out and not had back
};

class PhaseTimes {
 public:
  // With `verbose`, each phase's line (as in table()) is printed to it as the phase ends.
  explicit PhaseTimes(std::ostream* verbose = nullptr) : verbose_(verbose) {}
  void start(std::string name, size_t items = 0);
  void stop();  // ends the current phase, if any
  const std::vector<PhaseTime>& phases() const { return phases_; }
  std::string table() const;  // one line per phase and a total, for --timings

 private:
  static std::string line(const PhaseTime& phase);
  std::ostream* verbose_;
  std::vector<PhaseTime> phases_;
  std::chrono::steady_clock::time_point started_;
  bool running_ = false;
};

}  // namespace budgetsite
