#pragma once
// Synthetic households for demos, training and benchmarks: a documented latent
// model that produces the kind of attributes a geodemographic dataset holds,
// with a known ("ground truth") target group of low-literate native speakers.
// QGIS-free: plain C++17.
//
// Determinism: the random stream is std::mt19937_64 (its raw output is fixed by
// the C++ standard); every transform on top of it is our own and uses integer
// arithmetic or IEEE basic operations, so the same seed gives the same households
// with every compiler and standard library. Continuous latent values only meet
// thresholds (a last-bit difference from a compiler's multiply-add fusion would
// have to land exactly on a threshold to matter), and the one libm call (exp,
// for income) is rounded to whole euros.

#include <array>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace targetgroup::engine
{

//! Portable random numbers: mt19937_64 raw output and our own transforms
//! (std::uniform_real_distribution / std::normal_distribution differ between
//! standard libraries, so they are never used).
class PortableRandom
{
public:
  explicit PortableRandom( std::uint64_t seed );

  //! The next raw 64-bit draw of mt19937_64.
  std::uint64_t nextRaw();

  //! Uniform in [0, 1): the top 53 bits of one raw draw, times 2^-53 (exact).
  double uniform();

  //! Approximately standard normal: the Irwin-Hall sum of twelve 32-bit
  //! uniforms minus 6 (six raw draws, summed as integers, so exact). Mean 0,
  //! variance 1, bounded to [-6, 6]; plenty for synthetic data, and portable.
  double normal();

  //! True with probability `probability` (one uniform draw).
  bool chance( double probability );

  //! Index drawn from weights that sum to 1 (one uniform draw; the last index
  //! absorbs rounding).
  template<std::size_t N>
  int pick( const std::array<double, N> &weights )
  {
    const double draw = uniform();
    double cumulative = 0.0;
    for ( std::size_t i = 0; i + 1 < N; ++i )
    {
      cumulative += weights[i];
      if ( draw < cumulative )
        return static_cast<int>( i );
    }
    return static_cast<int>( N - 1 );
  }

private:
  std::mt19937_64 mGenerator;
};

//! Independent random streams of one area: attributes never depend on how many
//! draws the point placement needed.
enum class RandomStream : std::uint64_t
{
  Attributes = 1,
  Locations = 2,
  Addresses = 3, //!< postcode, house number and addition (added later: the other streams are unchanged)
};

/**
 * Seed of one stream of one area, from the user's seed and the area's index in
 * the input (0-based). SplitMix64 mixing, so neighbouring indexes and seeds give
 * unrelated streams, and the result does not depend on processing order.
 */
std::uint64_t areaStreamSeed( std::uint64_t randomSeed, std::uint64_t areaIndex, RandomStream stream );

//! The households of each area when only a total is given: an equal share per
//! area, the remainder one extra each to the first areas. CBS areas are drawn
//! around population rather than land, so this is closer to reality than a
//! share by area (which would put most households in the rural outskirts).
std::vector<long long> splitEvenly( long long totalHouseholds, std::size_t areaCount );

enum class AgeClass
{
  From18To34,
  From35To49,
  From50To64,
  From65,
};
enum class HouseholdType
{
  Single,
  Couple,
  CoupleWithKids,
  SingleParent,
  Other,
};
enum class Education
{
  Low,
  Mid,
  High,
};
enum class Tenure
{
  Owner,
  SocialRent,
  PrivateRent,
};
enum class Dwelling
{
  Detached,
  SemiDetached,
  Terraced,
  Apartment,
};

inline constexpr std::array<const char *, 4> kAgeClassLabels = { "18-34", "35-49", "50-64", "65+" };
inline constexpr std::array<const char *, 5> kHouseholdTypeLabels = { "single", "couple", "couple_kids", "single_parent", "other" };
inline constexpr std::array<const char *, 3> kEducationLabels = { "low", "mid", "high" };
inline constexpr std::array<const char *, 3> kTenureLabels = { "owner", "social_rent", "private_rent" };
inline constexpr std::array<const char *, 4> kDwellingLabels = { "detached", "semi_detached", "terraced", "apartment" };
inline constexpr std::array<const char *, 11> kSegmentLabels = { "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K" };
inline constexpr std::array<const char *, 2> kFirstLanguageLabels = { "nl", "other" };

const char *label( AgeClass value );
const char *label( HouseholdType value );
const char *label( Education value );
const char *label( Tenure value );
const char *label( Dwelling value );

//! Share of each of education, income, age_class and tenure that is withheld
//! (NULL), independently and completely at random.
inline constexpr double kMissingShare = 0.03;

//! Literacy below this latent value is "low literacy" (calibrated so that about
//! 10% of all households are low-literate native speakers, the target group).
inline constexpr double kLowLiteracyThreshold = -1.18;

//! Chance that a library member borrows easy-read books in a year.
inline constexpr double kEasyReadChanceTarget = 0.40;         //!< target group (NT1 low literacy)
inline constexpr double kEasyReadChanceSecondLanguage = 0.25; //!< low Dutch literacy, other first language (NT2)
inline constexpr double kEasyReadChanceOther = 0.02;          //!< everyone else ("false positives")

//! Random effects shared by all households of one area (standard normal each).
struct AreaEffects
{
  double deprivation = 0.0; //!< higher: poorer area, lower SES and literacy
  double urbanity = 0.0;    //!< higher: more urban, more apartments and renting

  //! Draws both effects (two normal draws, in this order).
  static AreaEffects draw( PortableRandom &random );
};

//! One synthetic household. std::nullopt = a withheld (NULL) value.
struct SyntheticHousehold
{
  std::optional<AgeClass> ageClass;
  HouseholdType householdType = HouseholdType::Single;
  std::optional<Education> education;
  std::optional<double> income; //!< yearly euros, whole euros
  std::optional<Tenure> tenure;
  Dwelling dwelling = Dwelling::Terraced;
  int segment = 0; //!< index into kSegmentLabels
  bool dutchFirstLanguage = true;
  bool interestDiy = false;
  bool interestTvSoaps = false;
  bool interestSports = false;
  bool interestReading = false;
  bool interestGardening = false;
  bool mediaFacebook = false;
  bool mediaLocalPaper = false;
  bool buysDiscountStore = false;
  bool buysOnline = false;
  bool isMember = false;
  int easyReadLoans = 0;

  //! Latent variables, never written as fields (except the truth on request).
  double socioEconomicStatus = 0.0;
  double literacy = 0.0;
  bool lowLiteracy = false;
  //! Ground truth: low literacy and Dutch first language (NT1).
  bool isTarget = false;
};

//! A plausible Dutch address of a synthetic household.
struct SyntheticAddress
{
  int postcodeDigits = 0; //!< 1000..9999
  char letters[2] = { 'A', 'A' };
  int houseNumber = 0;  //!< 1 and up, increasing within a postcode
  std::string addition; //!< mostly empty; A, B, C, D or 1..4 for flats

  //! "6711 AB".
  std::string postcode() const;
};

/**
 * The addresses of the synthetic households, area after area, unique over the
 * whole output. Postcode letters (those in use in the Netherlands: no F, I,
 * O, Q, U, Y; no SA, SD, SS) change every block of 10 to 25 addresses; house
 * numbers increase within a postcode by 1 or 2 from a start of 1 to 30; about
 * 6% of numbers are a building with 2 to 4 addresses (12, 12A, 12B; 12A, 12B;
 * or 12-1, 12-2). Each area starts with a postcode of its own (4 digits spread
 * over 1000–9999 by the area's position, up to 10 apart) as long as enough
 * remain for the areas still to come, otherwise it continues in the current
 * one with new letters; an area with more blocks than one postcode holds goes
 * on into the next digits. Every (postcode, number, addition) is used once.
 */
class AddressSequence
{
public:
  //! \a areaCount: the number of areas that will get households.
  explicit AddressSequence( std::size_t areaCount );

  //! The next area (call before its first household).
  void startArea();
  //! The next household's address. Throws std::length_error when the postcodes run out (beyond 35 million addresses).
  SyntheticAddress next( PortableRandom &random );

  //! Postcode letter pairs in use per 4 digits.
  static int letterPairCount();

private:
  void startBlock( PortableRandom &random );

  std::size_t mAreaCount = 0;
  std::size_t mAreasStarted = 0;
  int mStride = 1;
  int mDigits = 0;
  int mPair = -1;
  int mNumber = 0;
  int mLeftInBlock = 0;
  int mUnitsLeft = 0;
  int mUnitStyle = 0;
  int mUnitIndex = 0;
};

//! Draws one household of an area. Always consumes the same number of draws
//! per household, whatever the outcome, so streams stay aligned.
SyntheticHousehold drawHousehold( PortableRandom &random, const AreaEffects &area );

} // namespace targetgroup::engine
