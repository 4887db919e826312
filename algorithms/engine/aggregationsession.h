#pragma once
// Sums scored households (aggregateareas) or the totals of finer areas
// (rollupareas) into N areas, keeps the counts that say where every record
// went, and hands back each area's published figures. Memory grows with the
// number of areas, never with the records.
// QGIS-free: plain C++17.

#include "engine/areaaggregation.h"

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace targetgroup::engine
{

/**
 * An aggregation that cannot go on. what() is an English message; reason(),
 * area(), value(), count() and limit() let the QGIS layer word it in the
 * user's language.
 */
class AggregationError : public std::runtime_error
{
public:
  enum class Reason
  {
    AreaOutOfRange,     //!< area = the area given, limit = areaCount()
    InvalidProbability, //!< value = the probability, not a number from 0 to 1
    InvalidTotals,      //!< area (-1: unmatched): sums that cannot come from households (totalsProblem())
    MixedRecords,       //!< households and area totals in one session (or in a merge)
    MergeMismatch,      //!< merge(): count = the other session's areas, limit = this session's
  };

  AggregationError( Reason reason, const std::string &message, long long area = -1, double value = 0, long long count = 0, long long limit = 0 )
      : std::runtime_error( message ), mReason( reason ), mArea( area ), mValue( value ), mCount( count ), mLimit( limit )
  {
  }
  Reason reason() const { return mReason; }
  long long area() const { return mArea; }
  double value() const { return mValue; }
  long long count() const { return mCount; }
  long long limit() const { return mLimit; }

private:
  Reason mReason;
  long long mArea = -1;
  double mValue = 0;
  long long mCount = 0;
  long long mLimit = 0;
};

/**
 * One aggregation into areaCount areas, numbered 0 .. areaCount - 1. A session
 * takes one kind of record: households (addHousehold(), addUnmatched()) or the
 * totals of finer areas (addTotals(), addUnmatchedTotals()).
 *
 * The sums of an area are added in the order its records arrive, and the
 * overall share sums the areas in index order, so a session fed in reading
 * order gives exactly (to the last bit) what a sequential loop gives. Sessions
 * of the same areas merge (one per reader thread); merged sums are the same
 * up to rounding in the last bits, as the order of the additions differs.
 *
 * read() is matched() + unmatched() by construction: the counts reconcile; a
 * reader compares read() with the records it read itself to prove none was
 * lost on the way.
 */
class AreaAggregationSession
{
public:
  explicit AreaAggregationSession( std::size_t areaCount );

  std::size_t areaCount() const { return mTotals.size(); }

  //! True for a probability the session accepts: a number from 0 to 1.
  static bool isProbability( double probability ) { return probability >= 0.0 && probability <= 1.0; }

  // --- households (aggregateareas) ------------------------------------------------

  /**
   * A household in `area`; inSeveralAreas when other areas contain it too (it
   * is counted once, here, and in multiple()). Throws InvalidProbability or
   * AreaOutOfRange, and then changes nothing.
   */
  void addHousehold( long long area, double probability, bool inReferenceGroup, bool member, bool inSeveralAreas = false );
  //! A household in no area (or without geometry).
  void addUnmatched();

  // --- totals of finer areas (rollupareas) ------------------------------------------

  /**
   * A fine area's totals into coarse `area`. withMembership: the fine area
   * has membership figures (see everyFineAreaHasMembership()).
   */
  void addTotals( long long area, const AreaTotals &fineTotals, bool withMembership = true );
  //! A fine area in no coarse area: counted, with its households, in unmatched() and unmatchedHouseholds().
  void addUnmatchedTotals( const AreaTotals &fineTotals );

  //! Adds another session of the same areas and the same kind of record.
  void merge( const AreaAggregationSession &other );

  // --- counts: households, or fine areas for totals -----------------------------

  long long read() const { return mMatched + mUnmatched; }
  long long matched() const { return mMatched; }
  long long unmatched() const { return mUnmatched; }
  //! Households counted once although several areas contain them.
  long long multiple() const { return mMultiple; }
  //! Households in no area (for totals: the households of the unmatched fine areas).
  long long unmatchedHouseholds() const { return mUnmatchedHouseholds; }
  //! Totals: matched fine areas that had membership figures.
  long long matchedWithMembership() const { return mMatchedWithMembership; }
  //! Totals: true when at least one fine area matched and every matched one had membership figures.
  bool everyFineAreaHasMembership() const { return mMatched > 0 && mMatchedWithMembership == mMatched; }

  // --- results --------------------------------------------------------------------

  const AreaTotals &totals( long long area ) const;
  //! The sums of all areas, added in area order.
  const AreaTotals &allMatched() const;
  //! The target-group share of allMatched(): the base of every area's index.
  std::optional<double> overallShare() const;
  //! The published figures of an area (see engine::areaFigures()).
  AreaFigures figures( long long area, const AggregationSettings &settings ) const;
  //! Areas that figures() suppresses under these settings.
  long long suppressedAreas( const AggregationSettings &settings ) const;

private:
  enum class RecordKind
  {
    None,
    Households,
    Totals,
  };

  void requireKind( RecordKind kind, const char *what );
  std::size_t slotOf( long long area ) const;
  static void checkTotals( const AreaTotals &totals, long long area, bool withMembership );
  void changed() { mAllMatched.reset(); }

  std::vector<AreaTotals> mTotals;
  RecordKind mKind = RecordKind::None;
  long long mMatched = 0;
  long long mUnmatched = 0;
  long long mMultiple = 0;
  long long mUnmatchedHouseholds = 0;
  long long mMatchedWithMembership = 0;
  mutable std::optional<AreaTotals> mAllMatched; //!< computed once per state
};

} // namespace targetgroup::engine
