#pragma once
// Quantiles of a stream of numbers in one pass and bounded memory, for
// buildprofile's numeric bin edges without a second read of the households.
// QGIS-free: plain C++17.
//
// A deterministic merge-and-halve sketch (Munro-Paterson / Manku-Rajagopalan-
// Lindsay): values fill a buffer of `capacity` values; a full buffer is
// sorted and carried up a ladder of levels, where a buffer of weight 2^h
// meeting another of the same weight is merged and halved (every other
// value, alternating the offset) into one buffer of weight 2^(h+1).
//
// Error (a guarantee, not a probability): a halving of buffers of weight w
// moves any rank by at most w, so every rank the sketch reports is within
// errorBound() = the sum of the weights of the halvings done, of the exact
// rank. With n values that is at most H x n / (2 x capacity), H =
// floor(log2(n / capacity)) levels of halving; while n < 2 x capacity nothing
// is halved and the sketch is exact. With the default capacity 65,536 (the
// kMaxDistinctNumbers of profilebuilder.h): exact up to 131,071 values, 4
// ranks (0.001% of n) at the demo's 353 k households, 321 ranks (0.004% of n)
// at 8.27 M. Memory: at most capacity x (H + 2) doubles (about 4 MB per field
// at 8.27 M), never the households.
//
// The sketch is deterministic (no random numbers), so a profile built twice
// from the same households is the same; merge() adds a sketch filled by
// another reader thread (the bound then holds for the merged n).

#include <cstddef>
#include <cstdint>
#include <vector>

namespace targetgroup::engine
{

class StreamingQuantiles
{
public:
  static constexpr std::size_t kDefaultCapacity = 65536;

  //! capacity >= 2 (values per buffer).
  explicit StreamingQuantiles( std::size_t capacity = kDefaultCapacity );

  //! Adds a value; NaN is ignored (the caller counts missing values itself).
  void add( double value );
  //! Adds the values of another sketch (any capacity is accepted; its buffers keep their weights).
  void merge( const StreamingQuantiles &other );

  //! Values added (not NaN).
  long long count() const { return mCount; }
  std::size_t capacity() const { return mCapacity; }

  /**
   * The value at 0-based sorted position `position` (0 .. count() - 1): the
   * smallest value v the sketch ranks with more than `position` values <= v.
   * Its exact rank interval [values < v, values <= v] lies within
   * errorBound() of the position. Throws std::out_of_range without values.
   */
  double valueAtPosition( long long position ) const;

  /**
   * The inner edges of `bins` quantile bins as profilebuilder computes them:
   * edge i is the value at position floor(i x count() / bins), coinciding
   * edges dropped. Exact while exact().
   */
  std::vector<double> binEdges( int bins ) const;

  //! The guaranteed bound on the rank error, in values (0 while exact).
  double errorBound() const;
  //! True while the sketch holds every value (no halving yet).
  bool exact() const { return mErrorWeight == 0; }

  //! Values held (for memory measurements).
  std::size_t heldValues() const;

private:
  void carry( std::vector<double> buffer, std::size_t level );
  std::vector<double> halve( const std::vector<double> &a, const std::vector<double> &b, std::size_t level );
  //! Every held value with its weight, sorted by value (cached until the next add or merge).
  const std::vector<std::pair<double, std::uint64_t>> &weighted() const;

  std::size_t mCapacity;
  long long mCount = 0;
  std::vector<double> mBuffer;              //!< weight 1, not yet full
  std::vector<std::vector<double>> mLevels; //!< mLevels[h]: empty or a sorted full buffer of weight 2^h
  std::vector<std::uint64_t> mHalvings;     //!< per level, halvings done (alternates the offset; sums the bound)
  double mErrorWeight = 0;                  //!< sum over halvings of their weight: the bound
  mutable std::vector<std::pair<double, std::uint64_t>> mWeighted;
  mutable bool mWeightedValid = false;
};

} // namespace targetgroup::engine
