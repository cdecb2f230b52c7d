// An allocator for the large weight arrays that scoring reads at random. With the usual 4 KiB
// pages nearly every weight row a feature selects also misses the TLB, and the page walk costs
// about as much as the row itself; on 2 MiB pages the translations of a whole weight table
// fit the TLB. Large arrays are therefore aligned to 2 MiB and offered to the kernel's
// transparent huge pages (Linux honours the advice when THP is "always" or "madvise"; other
// systems simply get an aligned block).
#ifndef HERALD_SYNTAX_HUGE_PAGE_ALLOCATOR_H_
#define HERALD_SYNTAX_HUGE_PAGE_ALLOCATOR_H_

#include <cstddef>
#include <cstdlib>
#include <memory>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace herald::syntax {

inline constexpr size_t kHugePageBytes = size_t{2} << 20;

template <typename T>
class HugePageAllocator {
 public:
  using value_type = T;

  HugePageAllocator() = default;
  template <typename U>
  explicit HugePageAllocator(const HugePageAllocator<U>&) {}

  T* allocate(size_t n) {
    if (!is_huge(n)) return std::allocator<T>().allocate(n);
    void* block = std::aligned_alloc(kHugePageBytes, rounded_bytes(n));
    if (block == nullptr) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    madvise(block, rounded_bytes(n), MADV_HUGEPAGE);  // advice only: failure changes no result
#endif
    return static_cast<T*>(block);
  }

  void deallocate(T* p, size_t n) {
    if (!is_huge(n)) {
      std::allocator<T>().deallocate(p, n);
      return;
    }
    std::free(p);
  }

  friend bool operator==(const HugePageAllocator&, const HugePageAllocator&) { return true; }

 private:
  // Arrays below one huge page gain nothing and would waste most of it.
  static bool is_huge(size_t n) { return n * sizeof(T) >= kHugePageBytes; }
  static size_t rounded_bytes(size_t n) {
    return (n * sizeof(T) + kHugePageBytes - 1) / kHugePageBytes * kHugePageBytes;
  }
};

}  // namespace herald::syntax

#endif  // HERALD_SYNTAX_HUGE_PAGE_ALLOCATOR_H_
