#include "engine/synthetichouseholds.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

// The latent model (also in the algorithm's help). Coefficients are chosen so
// that the marginal shares look like Dutch households and the target group is
// findable from a profile without any single field giving it away.
// N = a fresh standard normal draw, [c] = 1 when condition c holds.

namespace targetgroup::engine
{

namespace
{

std::uint64_t splitMix64( std::uint64_t value )
{
  value += 0x9E3779B97F4A7C15ULL;
  value = ( value ^ ( value >> 30 ) ) * 0xBF58476D1CE4E5B9ULL;
  value = ( value ^ ( value >> 27 ) ) * 0x94D049BB133111EBULL;
  return value ^ ( value >> 31 );
}

double indicator( bool condition )
{
  return condition ? 1.0 : 0.0;
}

//! Index of the largest utility (ties: the first).
template<std::size_t N>
int argmax( const std::array<double, N> &utilities )
{
  int best = 0;
  for ( std::size_t i = 1; i < N; ++i )
  {
    if ( utilities[i] > utilities[static_cast<std::size_t>( best )] )
      best = static_cast<int>( i );
  }
  return best;
}

//! Share of households per age class of the reference person.
constexpr std::array<double, 4> kAgeShares = { 0.24, 0.24, 0.25, 0.27 };

//! Household type given the age class (rows), before the SES shift of single parents.
constexpr std::array<std::array<double, 5>, 4> kHouseholdTypeByAge = { {
    { 0.46, 0.25, 0.14, 0.07, 0.08 }, // 18-34
    { 0.20, 0.12, 0.50, 0.13, 0.05 }, // 35-49
    { 0.25, 0.38, 0.26, 0.07, 0.04 }, // 50-64
    { 0.45, 0.50, 0.01, 0.01, 0.03 }, // 65+
} };

// Per age class: effect on SES, literacy, education and log income.
constexpr std::array<double, 4> kAgeOnSes = { -0.20, 0.10, 0.15, -0.05 };
constexpr std::array<double, 4> kAgeOnLiteracy = { 0.15, 0.05, -0.05, -0.25 };
constexpr std::array<double, 4> kAgeOnEducation = { 0.30, 0.15, -0.10, -0.40 };
constexpr std::array<double, 4> kAgeOnLogIncome = { -0.15, 0.10, 0.12, -0.15 };
// Per household type: effect on log income.
constexpr std::array<double, 5> kTypeOnLogIncome = { -0.35, 0.20, 0.25, -0.20, 0.0 };

//! A segment's centre in the space of SES, age class (0..3), area urbanity,
//! children (0/1) and other first language (0/1). Mosaic-like groups.
struct SegmentCentre
{
  double ses;
  double age;
  double urbanity;
  double kids;
  double otherLanguage;
};
constexpr std::array<SegmentCentre, 11> kSegmentCentres = { {
    { 1.5, 1.3, -0.3, 1.0, 0.0 },  // A  well-off families
    { 1.0, 3.0, -0.2, 0.0, 0.0 },  // B  established seniors
    { 1.2, 0.3, 1.2, 0.0, 0.0 },   // C  urban professionals
    { 0.3, 1.2, -0.2, 1.0, 0.0 },  // D  middle-class families
    { 0.2, 2.3, -1.3, 0.0, 0.0 },  // E  village stability
    { -0.2, 0.0, 0.6, 0.0, 0.0 },  // F  young starters
    { -0.9, 3.0, 0.0, 0.0, 0.0 },  // G  modest seniors
    { -1.0, 1.2, 0.2, 1.0, 0.0 },  // H  families on a tight budget
    { -0.9, 0.8, 1.0, 0.5, 1.0 },  // I  urban diversity
    { -0.5, 2.2, -1.2, 0.0, 0.0 }, // J  traditional countryside
    { -0.6, 1.5, 0.8, 0.0, 0.0 },  // K  urban singles
} };
constexpr double kSegmentNoise = 0.9;

} // namespace

PortableRandom::PortableRandom( std::uint64_t seed )
    : mGenerator( seed )
{
}

std::uint64_t PortableRandom::nextRaw()
{
  return mGenerator();
}

double PortableRandom::uniform()
{
  return static_cast<double>( nextRaw() >> 11 ) * 0x1.0p-53;
}

double PortableRandom::normal()
{
  std::uint64_t sum = 0;
  for ( int i = 0; i < 6; ++i )
  {
    const std::uint64_t raw = nextRaw();
    sum += ( raw >> 32 ) + ( raw & 0xFFFFFFFFULL );
  }
  // sum < 12 * 2^32 < 2^36: exact in a double, and so is the scaling.
  return static_cast<double>( sum ) * 0x1.0p-32 - 6.0;
}

bool PortableRandom::chance( double probability )
{
  return uniform() < probability;
}

std::uint64_t areaStreamSeed( std::uint64_t randomSeed, std::uint64_t areaIndex, RandomStream stream )
{
  std::uint64_t mixed = splitMix64( randomSeed );
  mixed = splitMix64( mixed ^ areaIndex );
  return splitMix64( mixed ^ static_cast<std::uint64_t>( stream ) );
}

std::vector<long long> splitEvenly( long long totalHouseholds, std::size_t areaCount )
{
  std::vector<long long> shares( areaCount, 0 );
  if ( areaCount == 0 || totalHouseholds <= 0 )
    return shares;
  const long long count = static_cast<long long>( areaCount );
  const long long base = totalHouseholds / count;
  const long long remainder = totalHouseholds % count;
  for ( long long i = 0; i < count; ++i )
    shares[static_cast<std::size_t>( i )] = base + ( i < remainder ? 1 : 0 );
  return shares;
}

const char *label( AgeClass value )
{
  return kAgeClassLabels[static_cast<std::size_t>( value )];
}

const char *label( HouseholdType value )
{
  return kHouseholdTypeLabels[static_cast<std::size_t>( value )];
}

const char *label( Education value )
{
  return kEducationLabels[static_cast<std::size_t>( value )];
}

const char *label( Tenure value )
{
  return kTenureLabels[static_cast<std::size_t>( value )];
}

const char *label( Dwelling value )
{
  return kDwellingLabels[static_cast<std::size_t>( value )];
}

AreaEffects AreaEffects::draw( PortableRandom &random )
{
  AreaEffects effects;
  effects.deprivation = random.normal();
  effects.urbanity = random.normal();
  return effects;
}

SyntheticHousehold drawHousehold( PortableRandom &random, const AreaEffects &area )
{
  SyntheticHousehold household;
  const double deprivation = area.deprivation;
  const double urbanity = area.urbanity;

  // 1. Age class of the reference person.
  const int age = random.pick( kAgeShares );
  const AgeClass ageClass = static_cast<AgeClass>( age );
  const std::size_t ageIndex = static_cast<std::size_t>( age );
  const bool young = ageClass == AgeClass::From18To34;
  const bool senior = ageClass == AgeClass::From65;

  // 2. First language: more often not Dutch in deprived, urban areas.
  const double otherLanguageUtility = -1.15 + 0.35 * deprivation + 0.30 * urbanity + 0.20 * indicator( young ) - 0.40 * indicator( senior ) + random.normal();
  household.dutchFirstLanguage = !( otherLanguageUtility > 0.0 );

  // 3. Socio-economic status (latent).
  const double ses = -0.45 * deprivation + 0.15 * urbanity + kAgeOnSes[ageIndex] - 0.40 * indicator( !household.dutchFirstLanguage ) + 0.85 * random.normal();
  household.socioEconomicStatus = ses;

  // 4. Literacy in Dutch (latent): follows SES, lower for seniors, much lower
  //    when Dutch is not the first language.
  const double literacy = 0.55 * ses + kAgeOnLiteracy[ageIndex] - 0.80 * indicator( !household.dutchFirstLanguage ) + 0.80 * random.normal();
  household.literacy = literacy;
  household.lowLiteracy = literacy < kLowLiteracyThreshold;
  household.isTarget = household.lowLiteracy && household.dutchFirstLanguage;

  // 5. Education: an ordinal cut of SES, literacy and age.
  const double educationScore = 0.55 * ses + 0.45 * literacy + kAgeOnEducation[ageIndex] + 0.60 * random.normal();
  const Education education = educationScore < -0.55 ? Education::Low : ( educationScore > 0.45 ? Education::High : Education::Mid );

  // 6. Household type given age; single parents more likely at low SES.
  std::array<double, 5> typeWeights = kHouseholdTypeByAge[ageIndex];
  const double singleParentBoost = ses < -0.5 ? 1.6 : ( ses > 0.5 ? 0.6 : 1.0 );
  const double oldSingleParent = typeWeights[3];
  typeWeights[3] = oldSingleParent * singleParentBoost;
  typeWeights[0] -= typeWeights[3] - oldSingleParent; // keep the sum at 1
  const HouseholdType householdType = static_cast<HouseholdType>( random.pick( typeWeights ) );
  household.householdType = householdType;
  const bool withKids = householdType == HouseholdType::CoupleWithKids || householdType == HouseholdType::SingleParent;
  const bool coupled = householdType == HouseholdType::Couple || householdType == HouseholdType::CoupleWithKids;

  // 7. Income: log-normal around 36,000 euros, whole euros.
  const double logIncome = std::log( 36000.0 ) + 0.30 * ses + 0.12 * ( static_cast<double>( education ) - 1.0 ) + kTypeOnLogIncome[static_cast<std::size_t>( householdType )] + kAgeOnLogIncome[ageIndex] + 0.25 * random.normal();
  const double income = std::round( std::exp( logIncome ) );

  // 8. Tenure: the option with the highest utility.
  const std::array<double, 3> tenureUtilities = {
      0.40 + 0.80 * ses - 0.60 * indicator( young ) + 0.30 * indicator( coupled ) - 0.30 * urbanity + random.normal(),
      -0.45 - 0.80 * ses + 0.20 * indicator( senior ) + 0.40 * indicator( householdType == HouseholdType::SingleParent ) + random.normal(),
      -0.90 + 0.35 * urbanity + 0.70 * indicator( young ) + random.normal(),
  };
  const Tenure tenure = static_cast<Tenure>( argmax( tenureUtilities ) );
  const bool owner = tenure == Tenure::Owner;

  // 9. Dwelling: owners and rural areas in (semi-)detached houses, renters and
  //    cities in apartments.
  const std::array<double, 4> dwellingUtilities = {
      -0.90 + 0.40 * ses - 0.70 * urbanity + ( owner ? 0.60 : -0.80 ) + random.normal(),
      -0.50 - 0.30 * urbanity + ( owner ? 0.40 : -0.40 ) + random.normal(),
      0.30 + 0.30 * indicator( tenure == Tenure::SocialRent ) + random.normal(),
      -0.40 + 0.70 * urbanity + ( owner ? -0.80 : 0.60 ) + 0.30 * indicator( householdType == HouseholdType::Single ) + random.normal(),
  };
  household.dwelling = static_cast<Dwelling>( argmax( dwellingUtilities ) );
  const bool hasGarden = household.dwelling == Dwelling::Detached || household.dwelling == Dwelling::SemiDetached;

  // 10. Segment: the nearest segment centre, with noise, so segments follow
  //     the latent SES strongly but not perfectly.
  std::array<double, kSegmentCentres.size()> segmentUtilities{};
  for ( std::size_t i = 0; i < kSegmentCentres.size(); ++i )
  {
    const SegmentCentre &centre = kSegmentCentres[i];
    const double sesGap = ses - centre.ses;
    const double ageGap = static_cast<double>( age ) - centre.age;
    const double urbanityGap = urbanity - centre.urbanity;
    const double kidsGap = indicator( withKids ) - centre.kids;
    const double languageGap = indicator( !household.dutchFirstLanguage ) - centre.otherLanguage;
    const double distance = sesGap * sesGap / 0.5 + ageGap * ageGap + urbanityGap * urbanityGap + 1.5 * kidsGap * kidsGap + 2.0 * languageGap * languageGap;
    segmentUtilities[i] = -distance + kSegmentNoise * random.normal();
  }
  household.segment = argmax( segmentUtilities );

  // 11. Soft characteristics: probit flags, [mean + N > 0].
  const auto flag = [&random]( double mean )
  { return mean + random.normal() > 0.0; };
  household.interestDiy = flag( -0.60 - 0.25 * literacy + 0.30 * indicator( owner ) - 0.30 * indicator( young ) );
  household.interestTvSoaps = flag( -1.00 - 0.45 * literacy + 0.35 * indicator( senior ) );
  household.interestSports = flag( -0.30 + 0.25 * ses + 0.30 * indicator( young ) - 0.60 * indicator( senior ) );
  household.interestReading = flag( -0.50 + 0.60 * literacy + 0.25 * indicator( senior ) );
  household.interestGardening = flag( -0.90 + ( hasGarden ? 0.70 : ( household.dwelling == Dwelling::Terraced ? 0.20 : -0.60 ) ) + 0.40 * indicator( age >= 2 ) );
  household.mediaFacebook = flag( 0.10 - 0.15 * literacy + 0.20 * indicator( young ) - 0.60 * indicator( senior ) );
  household.mediaLocalPaper = flag( -0.80 + 0.80 * indicator( senior ) + 0.30 * indicator( ageClass == AgeClass::From50To64 ) - 0.15 * urbanity - 0.10 * literacy );
  household.buysDiscountStore = flag( -0.20 - 0.45 * ses - 0.15 * literacy );
  household.buysOnline = flag( 0.20 + 0.25 * ses + 0.30 * literacy + 0.30 * indicator( young ) - 0.90 * indicator( senior ) );

  // 12. Library membership: more with children and with reading, so lower in
  //     the target group.
  household.isMember = flag( -0.86 + 0.33 * literacy + 0.45 * indicator( withKids ) + 0.15 * indicator( senior ) );

  // 13. Easy-read loans of members in a year: 1 + geometric(0.3) loans (mean
  //     3.3) for a borrower. One uniform for whether, one for how many.
  const double borrowChance = household.isTarget ? kEasyReadChanceTarget
                                                 : ( household.lowLiteracy ? kEasyReadChanceSecondLanguage : kEasyReadChanceOther );
  const bool borrowsIfMember = random.chance( borrowChance );
  const bool borrows = household.isMember && borrowsIfMember;
  const double loansDraw = random.uniform();
  if ( borrows )
  {
    // P(loans > k) = 0.7^(k-1): count the thresholds the draw stays below.
    int loans = 1;
    double survival = 0.7;
    while ( loans < 50 && loansDraw < survival )
    {
      ++loans;
      survival *= 0.7;
    }
    household.easyReadLoans = loans;
  }

  // 14. Withheld values, each independently.
  const bool ageMissing = random.chance( kMissingShare );
  const bool educationMissing = random.chance( kMissingShare );
  const bool incomeMissing = random.chance( kMissingShare );
  const bool tenureMissing = random.chance( kMissingShare );
  if ( !ageMissing )
    household.ageClass = ageClass;
  if ( !educationMissing )
    household.education = education;
  if ( !incomeMissing )
    household.income = income;
  if ( !tenureMissing )
    household.tenure = tenure;

  return household;
}

// --- addresses ------------------------------------------------------------------

namespace
{
//! Letters used in Dutch postcodes (F, I, O, Q, U and Y are not).
constexpr char kPostcodeLetters[] = "ABCDEGHJKLMNPRSTVWXZ";
constexpr int kPostcodeLetterCount = 20;
constexpr int kFirstPostcodeDigits = 1000;
constexpr int kLastPostcodeDigits = 9999;

//! The letter pairs in use, in order: every pair of kPostcodeLetters but SA, SD and SS.
const std::vector<std::array<char, 2>> &letterPairs()
{
  static const std::vector<std::array<char, 2>> pairs = []
  {
    std::vector<std::array<char, 2>> list;
    for ( int first = 0; first < kPostcodeLetterCount; ++first )
    {
      for ( int second = 0; second < kPostcodeLetterCount; ++second )
      {
        const char a = kPostcodeLetters[first], b = kPostcodeLetters[second];
        if ( a == 'S' && ( b == 'A' || b == 'D' || b == 'S' ) )
          continue;
        list.push_back( { a, b } );
      }
    }
    return list;
  }();
  return pairs;
}

std::string unitAddition( int style, int unit )
{
  switch ( style )
  {
  case 0: // 12, 12A, 12B, ...
    return unit == 0 ? std::string() : std::string( 1, static_cast<char>( 'A' + unit - 1 ) );
  case 1: // 12A, 12B, ...
    return std::string( 1, static_cast<char>( 'A' + unit ) );
  default: // 12-1, 12-2, ...
    return std::to_string( unit + 1 );
  }
}
} // namespace

std::string SyntheticAddress::postcode() const
{
  return std::to_string( postcodeDigits ) + ' ' + letters[0] + letters[1];
}

int AddressSequence::letterPairCount()
{
  return static_cast<int>( letterPairs().size() );
}

AddressSequence::AddressSequence( std::size_t areaCount )
    : mAreaCount( areaCount )
{
  const std::size_t span = kLastPostcodeDigits - kFirstPostcodeDigits + 1;
  mStride = static_cast<int>( std::max<std::size_t>( 1, std::min<std::size_t>( 10, areaCount > 0 ? span / areaCount : 10 ) ) );
}

void AddressSequence::startArea()
{
  const std::size_t index = mAreasStarted++;
  const long long areasLeft = mAreaCount > index ? static_cast<long long>( mAreaCount - index ) : 1;
  const long long target = kFirstPostcodeDigits + static_cast<long long>( index ) * mStride;
  const long long lastFree = kLastPostcodeDigits - ( areasLeft - 1 );
  if ( index == 0 )
  {
    mDigits = kFirstPostcodeDigits;
    mPair = -1;
  }
  else
  {
    const long long fresh = std::max<long long>( mDigits + 1, target );
    if ( fresh <= lastFree )
    {
      mDigits = static_cast<int>( fresh );
      mPair = -1;
    }
    else if ( mDigits + 1 <= lastFree )
    {
      ++mDigits;
      mPair = -1;
    }
    // else: new letters in the current postcode digits (more areas than digits).
  }
  mLeftInBlock = 0;
  mUnitsLeft = 0;
}

void AddressSequence::startBlock( PortableRandom &random )
{
  ++mPair;
  if ( mPair >= letterPairCount() )
  {
    mPair = 0;
    ++mDigits;
  }
  if ( mDigits > kLastPostcodeDigits )
    throw std::length_error( "synthetic households: the Dutch postcodes ran out" );
  mNumber = 1 + static_cast<int>( random.nextRaw() % 30 );
  mLeftInBlock = 10 + static_cast<int>( random.nextRaw() % 16 );
}

SyntheticAddress AddressSequence::next( PortableRandom &random )
{
  if ( mAreasStarted == 0 )
    startArea();
  SyntheticAddress address;
  if ( mUnitsLeft > 0 )
  {
    --mUnitsLeft;
    ++mUnitIndex;
    address.addition = unitAddition( mUnitStyle, mUnitIndex );
  }
  else
  {
    if ( mLeftInBlock == 0 )
      startBlock( random );
    else
      mNumber += 1 + static_cast<int>( random.nextRaw() % 2 );
    --mLeftInBlock;
    if ( random.chance( 0.06 ) )
    {
      mUnitsLeft = 1 + static_cast<int>( random.nextRaw() % 3 );
      mUnitStyle = static_cast<int>( random.nextRaw() % 3 );
      mUnitIndex = 0;
      address.addition = unitAddition( mUnitStyle, 0 );
    }
  }
  address.postcodeDigits = mDigits;
  address.letters[0] = letterPairs()[static_cast<std::size_t>( mPair )][0];
  address.letters[1] = letterPairs()[static_cast<std::size_t>( mPair )][1];
  address.houseNumber = mNumber;
  return address;
}

} // namespace targetgroup::engine
