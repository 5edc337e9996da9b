#include "site/progress.h"

#include <malloc.h>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ostream>

namespace budgetsite {

namespace {

std::string seconds_text(double s) {
  char buf[32];
  if (s < 60) std::snprintf(buf, sizeof buf, "%.0f s", s);
  else std::snprintf(buf, sizeof buf, "%d min %02d s", static_cast<int>(s) / 60, static_cast<int>(s) % 60);
  return buf;
}

}  // namespace

Progress::Style progress_style(bool quiet) {
  if (quiet) return Progress::Style::quiet;
  const char* term = std::getenv("TERM");
  if (::isatty(STDERR_FILENO) && !(term && std::strcmp(term, "dumb") == 0)) return Progress::Style::terminal;
  return Progress::Style::lines;
}

Progress::Progress(std::ostream& out, Style style, std::string phase, size_t total)
    : out_(out), style_(style), phase_(std::move(phase)), total_(total), started_(std::chrono::steady_clock::now()) {}

Progress::~Progress() {
  if (style_ == Style::terminal && total_ > 0) out_ << "\r\033[K" << std::flush;
}

void Progress::advance() {
  std::lock_guard lock(mutex_);
  ++done_;
  if (style_ == Style::quiet || total_ == 0) return;
  const auto now = std::chrono::steady_clock::now();
  const double elapsed = std::chrono::duration<double>(now - started_).count();
  const double rate = elapsed > 0 ? static_cast<double>(done_) / elapsed : 0;
  const double left = rate > 0 ? static_cast<double>(total_ - done_) / rate : 0;
  char line[160];
  std::snprintf(line, sizeof line, "budgetsite: %s %zu/%zu (%.0f/s, %s left)", phase_.c_str(), done_, total_, rate,
                seconds_text(left).c_str());
  if (style_ == Style::terminal) {
    if (done_ < total_ && now - last_shown_ < std::chrono::milliseconds(100)) return;
    last_shown_ = now;
    out_ << "\r\033[K" << line << std::flush;
  } else if (total_ >= 100) {
    const int tenth = static_cast<int>(done_ * 10 / total_);
    if (tenth == last_tenth_) return;
    last_tenth_ = tenth;
    out_ << line << "\n";
  }
}

void PhaseTimes::start(std::string name, size_t items) {
  stop();
  phases_.push_back({std::move(name), 0, items});
  started_ = std::chrono::steady_clock::now();
  running_ = true;
}

namespace {

// VmRSS of /proc/self/status in kB, or 0 where there is no /proc.
long resident_kb() {
  std::FILE* f = std::fopen("/proc/self/status", "r");
  if (!f) return 0;
  char line[256];
  long kb = 0;
  while (std::fgets(line, sizeof line, f))
    if (std::sscanf(line, "VmRSS: %ld kB", &kb) == 1) break;
  std::fclose(f);
  return kb;
}

}  // namespace

void PhaseTimes::stop() {
  if (!running_) return;
  phases_.back().seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  phases_.back().resident_kb = resident_kb();
  const struct mallinfo2 heap = mallinfo2();
  phases_.back().heap_in_use_kb = static_cast<long>((heap.uordblks + heap.hblkhd) / 1024);
  running_ = false;
  if (verbose_) *verbose_ << "budgetsite: phase" << line(phases_.back()).substr(1) << std::flush;
}

std::string PhaseTimes::line(const PhaseTime& p) {
  char text[160];
  std::string out;
  if (p.items)
    std::snprintf(text, sizeof text, "  %-22s %8.3f s  %8zu items  %10.1f items/s", p.name.c_str(), p.seconds, p.items,
                  p.seconds > 0 ? static_cast<double>(p.items) / p.seconds : 0.0);
  else
    std::snprintf(text, sizeof text, "  %-22s %8.3f s%40s", p.name.c_str(), p.seconds, "");
  out += text;
  if (p.resident_kb) {
    if (p.heap_in_use_kb)  // glibc's count; another allocator (jemalloc) reports none here
      std::snprintf(text, sizeof text, "  %7.0f MB resident, %5.0f MB heap in use", static_cast<double>(p.resident_kb) / 1024,
                    static_cast<double>(p.heap_in_use_kb) / 1024);
    else
      std::snprintf(text, sizeof text, "  %7.0f MB resident", static_cast<double>(p.resident_kb) / 1024);
    out += text;
  }
  return out + "\n";
}

std::string PhaseTimes::table() const {
  std::string out = "budgetsite: timings\n";
  double total = 0;
  for (const auto& p : phases_) {
    total += p.seconds;
    out += line(p);
  }
  char text[160];
  std::snprintf(text, sizeof text, "  %-22s %8.3f s\n", "total", total);
  return out + text;
}

}  // namespace budgetsite
