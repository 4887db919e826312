#pragma once
// Scores households and sums them into areas in ONE streaming pass, for runs
// that want area figures but no household layer. It gives per area exactly
// the figures of ScoringSession (two passes) followed by
// AreaAggregationSession over the scored households (a third pass), to
// rounding in the last bits of the sums (tested to 1e-9 relative).
// QGIS-free: plain C++17.
//
// Why one pass suffices: a household's probability is a function of its
// calibration group and score bin (GroupCalibration::probability( bin )), so
// per area the households and members per (group, bin) give the expected
// count, the variance and the members' expected count exactly once the
// intercepts are known. The group histograms that calibration needs are the
// sums of the same counts over the areas.
//
// The reference group is the one figure that depends on reading order: of the
// households with the probability at the cut-off, it takes the ones read
// first. The session therefore keeps, per (group, bin), a run-length list of
// the areas its households fell in, in reading order: one run
// { area, households, members, first and last reading position } per stretch
// of households of that bin in one area.
//
// Memory (the trade-off): runs, not households. A run is 20 bytes. When the
// input is grouped by area (as targetgroup:synthetichouseholds writes it, and
// as any layer sorted by area code reads), a bin has one run per area it
// occurs in, so memory is O(areas x distinct bins per area), bounded by the
// households. Exact per-area sums need those (area, bin) counts whatever the
// layout: a per-area histogram alone costs the same; only the reading
// positions (8 of the 20 bytes) are there for the tie rule. In the worst case
// (households of many areas interleaved in reading order) a run holds one
// household. Measured with bench/bench_fusedscoring.cpp (8,270,244 synthetic
// households in 3,352 areas, 7 scoring fields as scripts/demo.sh, 23,306
// distinct bins): in area order 4.67 M runs (0.56 per household), 138 MB;
// interleaved 8.27 M runs, 244 MB. Both within the 1 GB target, one pass.
// Grouping the runs per area instead would not help: with 7 fields a wijk of
// 2,467 households has about 1,400 distinct score bins.
//
// Ties: the cut-off probability usually belongs to one (group, bin), whose
// runs are in reading order, so the cut is exact. Several (group, bin) can
// share the cut-off probability (saturated logistic at 1.0, a group with
// prevalence 0 or 1, an exact coincidence across groups). Their runs are then
// ordered by reading position; when runs of different areas overlap in
// reading order, the interleaving inside them is unknown and the session asks
// for a tie pass (needsTiePass()): the caller reads the households once more,
// in the same order, and addTiePassHousehold() counts only those at the
// cut-off. That pass is rare (never with one prevalence and scores below the
// saturation of the logistic) and as exact as ScoringSession's pass 2.

#include "engine/aggregationsession.h"
#include "engine/areaaggregation.h"
#include "engine/calibration.h"
#include "engine/profile.h"
#include "engine/scoring.h"
#include "engine/scoringsession.h"

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace targetgroup::engine
{

/**
 * One fused scoring-and-aggregation run over areaCount areas (0 ..
 * areaCount - 1; kUnmatched for a household in no area or without geometry)
 * and the calibration groups of ScoringSession (0 .. groupCount() - 1;
 * ScoringSession::kOutsideEveryGroup for the fallback prevalence).
 *
 * Usage: for every household, addHousehold() (or addScore() when the score is
 * already known); then finish(); when needsTiePass(), every household again in
 * the same order through addTiePassHousehold(), then finishTiePass(). Then the
 * results. Errors are ScoringSessionError (prevalence, group, usage) and
 * AggregationError (area out of range), with the same reasons as the separate
 * sessions.
 *
 * Parallel reading: each reader thread fills its own session (same
 * constructor arguments) over a consecutive range of the reading order; the
 * first session then merge()s the others in range order, before finish().
 * The result is the single-threaded one exactly (integer counts are equal,
 * the runs are the same).
 */
class FusedAreaScoring
{
public:
  static constexpr long long kUnmatched = -1;

  //! One prevalence for every household (as ScoringSession's first constructor).
  FusedAreaScoring( Profile profile, ScoringMethod method, double prevalence, std::size_t areaCount );
  //! Per-group prevalences and a fallback (as ScoringSession's second constructor).
  FusedAreaScoring( Profile profile, ScoringMethod method, std::vector<double> groupPrevalences, double fallbackPrevalence, std::size_t areaCount );

  FusedAreaScoring( const FusedAreaScoring & ) = delete;
  FusedAreaScoring &operator=( const FusedAreaScoring & ) = delete;

  //! The scoring fields, in the order addHousehold() expects their values.
  const std::vector<const ProfileField *> &fields() const { return mScorer.fields(); }
  int groupCount() const { return static_cast<int>( mGroupPrevalences.size() ); }
  std::size_t areaCount() const { return mAreaCount; }

  //! Slope calibration as ScoringSession::setSlopeCalibration(); call before finish().
  void setSlopeCalibration( bool enabled ) { mSlopeCalibration = enabled; }
  //! As ScoringSession::slopeFit(), after finish().
  const SlopeFit &slopeFit() const { return mSlopeFit; }

  // --- the pass ------------------------------------------------------------------

  /**
   * Scores a household and counts it in its group and area. inSeveralAreas:
   * other areas contain it too (counted once, here, and in multiple()).
   * Returns the score. Unseen values as in ScoringSession::addHousehold().
   */
  double addHousehold( const std::vector<FieldValue> &values, int group, long long area, bool member, bool inSeveralAreas = false, std::vector<int> *unseenFields = nullptr );
  //! As addHousehold(), for a household whose score is known.
  void addScore( double score, int group, long long area, bool member, bool inSeveralAreas = false );

  /**
   * Appends a session filled over the next range of the reading order (same
   * constructor arguments). Throws ScoringSessionError Usage after finish()
   * and AggregationError MergeMismatch when the areas or groups differ.
   */
  void merge( const FusedAreaScoring &other );

  /**
   * Calibrates every group, cuts the reference group and sums the areas.
   * Throws Usage when called twice.
   */
  void finish();

  // --- the tie pass (rare; see the file comment) ----------------------------------

  //! True after finish() when the reference cut needs the households once more.
  bool needsTiePass() const { return mStage == Stage::TiePass; }
  //! The next household in the order of the pass (all households, also unmatched).
  void addTiePassScore( double score, int group, long long area );
  void addTiePassHousehold( const std::vector<FieldValue> &values, int group, long long area );
  //! Throws ScoringSessionError InputChanged when the tie pass read another number of households.
  void finishTiePass();

  // --- results (after finish(), and after finishTiePass() when it was needed) ------

  //! As ScoringSession.
  long long households() const { return mHouseholds; }
  long long householdsInGroup( int group ) const;
  long long unseenValues() const { return mUnseenValues; }
  double expectedTotal() const;
  double meanProbability() const;
  long long referenceSize() const;
  const ReferenceCut &referenceCut() const;
  const GroupCalibration &calibration( int group ) const;
  //! Households in the reference group, over all households (REFERENCE_COUNT).
  long long referenceCount() const;

  //! As AreaAggregationSession.
  long long read() const { return mHouseholds; }
  long long matched() const { return mHouseholds - mUnmatched; }
  long long unmatched() const { return mUnmatched; }
  long long multiple() const { return mMultiple; }
  const AreaTotals &totals( long long area ) const;
  //! The sums of the households in no area (for reconciling counts; not published).
  const AreaTotals &unmatchedTotals() const;
  const AreaTotals &allMatched() const;
  std::optional<double> overallShare() const;
  AreaFigures figures( long long area, const AggregationSettings &settings ) const;
  long long suppressedAreas( const AggregationSettings &settings ) const;

  /**
   * An AreaAggregationSession holding the same households (for code that
   * writes area outputs from one, e.g. writeAreaOutput()). Replays the
   * households per (area, bin), so it costs O(households) additions
   * (0.13 s at 8.27 M in bench_fusedscoring); its sums equal totals() to rounding.
   */
  AreaAggregationSession toAggregationSession() const;

  //! Bytes held by the runs and bins (for the memory measurements).
  std::size_t memoryBytes() const;
  //! Runs and distinct (group, bin) held.
  std::size_t runCount() const;
  std::size_t binCount() const { return mBins.size(); }

private:
  enum class Stage
  {
    Reading,
    TiePass,
    Finished,
  };

  //! A stretch of one bin's households in one area, in reading order.
  struct Run
  {
    std::uint32_t area;       //!< area slot (mAreaCount for unmatched)
    std::uint32_t households; //!< of this bin in this stretch
    std::uint32_t members;
    std::uint32_t first; //!< reading position of its first household
    std::uint32_t last;  //!< and of its last
  };

  //! The households of one (group slot, bin).
  struct Bin
  {
    std::size_t slot = 0;
    long long bin = 0;
    long long households = 0;
    std::vector<Run> runs;
  };

  struct BinKey
  {
    std::size_t slot;
    long long bin;
    bool operator==( const BinKey &other ) const { return slot == other.slot && bin == other.bin; }
  };
  struct BinKeyHash
  {
    std::size_t operator()( const BinKey &key ) const { return std::hash<long long>()( key.bin * 1000003LL + static_cast<long long>( key.slot ) ); }
  };

  std::size_t slotOf( int group ) const;
  std::uint32_t areaSlotOf( long long area ) const;
  void requireStage( Stage stage, const char *what ) const;
  void requireResults( const char *what ) const;
  void appendRun( Bin &bin, const Run &run );
  //! Probability of a bin's households (after calibration).
  //! A score bin as calibration sees it: multiplied by the fitted slope and binned again (as ScoringSession does).
  long long calibratedBin( long long bin ) const { return engine::calibratedBin( bin, mSlopeFit.slope ); }
  double probabilityOf( const Bin &bin ) const { return mCalibrations[bin.slot].probability( calibratedBin( bin.bin ) ); }
  //! Sums the areas; referenceAtThreshold: per area slot, the households taken at the cut-off.
  void sumAreas( const std::vector<long long> &referenceAtThreshold );
  //! Per area slot, the households at the cut-off taken from the runs, or none when runs of different areas interleave.
  std::optional<std::vector<long long>> takeAtThresholdFromRuns() const;

  Profile mProfile; // before mScorer, which points into it
  HouseholdScorer mScorer;
  std::vector<double> mGroupPrevalences;
  double mFallbackPrevalence = 0;
  bool mReferenceSizeFromExpected = false;
  bool mSlopeCalibration = false;
  SlopeFit mSlopeFit;
  std::size_t mAreaCount = 0;

  Stage mStage = Stage::Reading;
  std::vector<Bin> mBins;
  std::unordered_map<BinKey, std::size_t, BinKeyHash> mBinIndex;
  std::vector<long long> mHouseholdsPerGroup; //!< per group slot, the fallback last
  long long mHouseholds = 0;
  long long mUnmatched = 0;
  long long mMultiple = 0;
  long long mUnseenValues = 0;
  std::vector<int> mUnseenScratch;

  std::vector<GroupCalibration> mCalibrations;
  double mExpectedTotal = 0;
  double mMeanProbability = 0;
  long long mReferenceSize = 0;
  ReferenceCut mReferenceCut;

  // tie pass
  std::optional<ReferenceSelector> mTieSelector;
  std::vector<long long> mTieTaken;
  long long mTiePassHouseholds = 0;

  std::vector<AreaTotals> mAreaTotals; //!< per area slot, unmatched last
  long long mReferenceCount = 0;
  std::vector<long long> mReferenceAtThreshold; //!< per area slot, households taken at the cut-off
  AreaTotals mAllMatched;
};

} // namespace targetgroup::engine
