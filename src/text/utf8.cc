// herald — turning arbitrary bytes into valid UTF-8, and counting code points.
#include <fmt/format.h>

#include <bit>
#include <cstring>
#include <string>
#include <string_view>

#include "herald/text.h"
#include "text/utf8_decode.h"

namespace herald::text {
namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ULL;
constexpr uint64_t kLowBits = 0x0101010101010101ULL;
constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

uint64_t load_word(const unsigned char* p) {
  uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return word;
}

// True when none of the 8 bytes is NUL or >= 0x80, the bytes clean_utf8 copies blindly.
bool word_is_plain_ascii(uint64_t word) {
  const bool has_zero = ((word - kLowBits) & ~word & kHighBits) != 0;
  return !has_zero && (word & kHighBits) == 0;
}

// Length of the longest prefix of the sequence at `p` that could still begin a well-formed
// sequence (Unicode Table 3-7), or 0 when p[0] is not a possible lead byte. The sequence is
// complete and valid when the result equals its expected length.
struct SequenceCheck {
  size_t valid_prefix;
  size_t expected_length;
};

SequenceCheck check_sequence(const unsigned char* p, const unsigned char* end) {
  const unsigned char lead = p[0];
  size_t expected;
  unsigned char second_low = 0x80;
  unsigned char second_high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    expected = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    expected = 3;
    if (lead == 0xE0) second_low = 0xA0;   // no overlong forms
    if (lead == 0xED) second_high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    expected = 4;
    if (lead == 0xF0) second_low = 0x90;   // no overlong forms
    if (lead == 0xF4) second_high = 0x8F;  // nothing above U+10FFFF
  } else {
    return {0, 1};
  }
  const size_t available = static_cast<size_t>(end - p);
  size_t valid = 1;
  if (valid < available && p[1] >= second_low && p[1] <= second_high) {
    ++valid;
    while (valid < expected && valid < available && is_continuation_byte(p[valid])) ++valid;
  }
  return {valid, expected};
}

}  // namespace

std::string clean_utf8(std::string_view bytes, Utf8Report* report) {
  Utf8Report local;
  Utf8Report& out_report = report ? *report : local;
  out_report = Utf8Report{};

  const auto* const begin = reinterpret_cast<const unsigned char*>(bytes.data());
  const auto* const end = begin + bytes.size();
  const unsigned char* p = begin;
  if (bytes.starts_with(kByteOrderMark)) {
    out_report.had_bom = true;
    p += kByteOrderMark.size();
  }

  std::string out;
  out.reserve(static_cast<size_t>(end - p) + 16);
  const unsigned char* run_start = p;  // bytes since here are copied unchanged when flushed
  auto flush_run = [&](const unsigned char* run_end) {
    out.append(reinterpret_cast<const char*>(run_start), static_cast<size_t>(run_end - run_start));
  };

  while (p < end) {
    while (end - p >= 8 && word_is_plain_ascii(load_word(p))) p += 8;
    if (p == end) break;
    const unsigned char byte = *p;
    if (byte == 0) {
      flush_run(p);
      out.push_back(' ');
      ++out_report.nul_bytes;
      run_start = ++p;
    } else if (byte < 0x80) {
      ++p;
    } else {
      const SequenceCheck check = check_sequence(p, end);
      if (check.valid_prefix == check.expected_length) {
        p += check.expected_length;
        continue;
      }
      flush_run(p);
      out.append(kReplacementUtf8);
      if (out_report.invalid_sequences++ == 0) {
        out_report.first_invalid_offset = static_cast<size_t>(p - begin);
      }
      p += check.valid_prefix == 0 ? 1 : check.valid_prefix;
      run_start = p;
    }
  }
  flush_run(end);
  return out;
}

uint32_t count_code_points(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* const end = p + s.size();
  size_t continuation_bytes = 0;
  for (; end - p >= 8; p += 8) {
    const uint64_t word = load_word(p);
    // A continuation byte has bit 7 set and bit 6 clear; shifting left moves each byte's bit 6
    // onto its bit 7 without carrying across bytes that matter to the mask.
    continuation_bytes += std::popcount(word & ~(word << 1) & kHighBits);
  }
  for (; p < end; ++p) continuation_bytes += is_continuation_byte(*p);
  return static_cast<uint32_t>(s.size() - continuation_bytes);
}

std::string utf8_warning(const Utf8Report& report, std::string_view source) {
  if (report.invalid_sequences == 0) return {};
  return fmt::format("{}: byte offset {}: invalid UTF-8, {} sequence{} replaced by U+FFFD", source,
                     report.first_invalid_offset, report.invalid_sequences,
                     report.invalid_sequences == 1 ? "" : "s");
}

}  // namespace herald::text
