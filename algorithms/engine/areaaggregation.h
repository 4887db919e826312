#pragma once
// Per-area sums of scored households and the figures derived from them
// (expected target-group households with a 95% interval, share, index,
// membership penetration, reach, untapped potential), with small-cell
// suppression. The sums are additive, so coarser areas are the sums of finer
// ones and every derived figure is recomputed from the sums: rolling up gives
// exactly what aggregating the households directly would.
// QGIS-free: plain C++17.

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace targetgroup::engine
{

//! z of the two-sided 95% normal interval.
inline constexpr double kInterval95 = 1.959963984540054;

//! Additive per-area sums. Everything else is derived from these.
struct AreaTotals
{
  long long households = 0;
  double expected = 0;     //!< sum of p (the expected number of target-group households)
  double variance = 0;     //!< sum of p(1-p) (Poisson-binomial variance of that number)
  long long reference = 0; //!< households of the reference group
  long long members = 0;
  double memberExpected = 0; //!< sum of p over members

  void addHousehold( double probability, bool inReferenceGroup, bool member );
  void add( const AreaTotals &other );
};

//! Why a set of sums cannot come from households (see totalsProblem()).
enum class TotalsProblem
{
  None,
  NegativeOrNotFinite,      //!< a negative count, or a sum that is negative or not a finite number
  ExpectedOutOfRange,       //!< expected outside 0 .. households
  VarianceOutOfRange,       //!< variance outside 0 .. expected (a sum of p(1-p) is at most the sum of p)
  ReferenceAboveHouseholds, //!< more reference-group households than households
  MembershipInconsistent,   //!< members above households, or memberExpected outside 0 .. min(expected, members)
};

/**
 * The first rule that sums of households break, or None. Sums of an edited or
 * foreign layer that break them would give shares above 100% and intervals
 * with low > high. Sums may differ from the rule by rounding in the last
 * digits (1e-9 of the households). The membership rules apply only when
 * withMembership is true (areas without membership figures carry zeros).
 */
TotalsProblem totalsProblem( const AreaTotals &totals, bool withMembership );

struct ExpectedInterval
{
  double low = 0;
  double high = 0;
};

/**
 * 95% interval of a Poisson-binomial count with the given mean (sum of p) and
 * variance (sum of p(1-p)), by the normal approximation mean +- 1.96 sd,
 * clipped to the possible range [0, households].
 */
ExpectedInterval expectedInterval( double expected, double variance, long long households );

//! Share of the target group over all matched households (the base of the index), or none when there are none.
std::optional<double> overallShare( const AreaTotals &allMatched );

struct AggregationSettings
{
  //! Areas with fewer households are suppressed (0 suppresses nothing).
  long long minimumCount = 10;
  //! False when no membership expression was given: membership figures stay empty.
  bool membershipKnown = false;
};

//! What is published for one area. Empty optionals are written as NULL.
struct AreaFigures
{
  long long households = 0;
  bool suppressed = false;
  std::optional<double> expected, expectedLow, expectedHigh, variance;
  std::optional<long long> reference;
  std::optional<double> share, index;
  std::optional<long long> members;
  std::optional<double> penetration, memberExpected, reach, untapped;
};

/**
 * The published figures of an area. Suppressed areas (households <
 * minimumCount) keep only their household count; every other value is empty.
 * Ratios with a zero denominator are empty too.
 */
AreaFigures areaFigures( const AreaTotals &totals, std::optional<double> overallTargetShare, const AggregationSettings &settings );

/**
 * Maps CBS area codes to a coarser level by code prefix: BU02280101 -> WK022801
 * -> GM0228. A code is its letter prefix (BU, WK, GM) and a body; a fine code
 * belongs to the coarse area whose body starts its own body. When coarse
 * bodies have different lengths, the longest matching one wins.
 */
class CodeHierarchy
{
public:
  //! Adds a coarse code. Returns false when its body was already added (duplicate code).
  bool addCoarse( const std::string &code, int coarseIndex );
  //! The coarse index for a fine code, or -1 when none matches.
  int coarseFor( const std::string &fineCode ) const;
  //! The code without its leading letters (and surrounding spaces).
  static std::string body( const std::string &code );
  /**
   * True for a code of the CBS levels that nest by prefix: buurt (BU), wijk
   * (WK) or gemeente (GM), in any letter case, followed by a body. Provincie
   * codes (PVnn) are numbered apart from the gemeenten in them, so they do
   * not nest; neither do codes of other letters or without a body.
   */
  static bool nestsByPrefix( const std::string &code );

private:
  std::unordered_map<std::string, int> mCoarseByBody;
  std::vector<std::size_t> mBodyLengths; //!< distinct, descending
};

} // namespace targetgroup::engine
