#include "engine/profilebuilder.h"
#include "engine/profilesummary.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace targetgroup::engine;

namespace
{

struct Household
{
  std::vector<FieldValue> values;
  bool isSeed;
};

Profile build( const std::vector<ProfileFieldSpec> &specs, const std::vector<Household> &households, ProfileSettings settings )
{
  ProfileBuilder builder( specs, settings );
  for ( const Household &household : households )
    builder.countFirstPass( household.values, household.isSeed );
  builder.finishFirstPass();
  for ( const Household &household : households )
    builder.countSecondPass( household.values, household.isSeed );
  return builder.finish();
}

FieldValue text( const char *value )
{
  return FieldValue::ofText( value );
}

//! 20 households: education low x8 (4 seed), mid x6 (1 seed), high x5, NULL x1.
std::vector<Household> educationFixture()
{
  std::vector<Household> households;
  for ( int i = 0; i < 8; ++i )
    households.push_back( { { text( "low" ) }, i < 4 } );
  for ( int i = 0; i < 6; ++i )
    households.push_back( { { text( "mid" ) }, i < 1 } );
  for ( int i = 0; i < 5; ++i )
    households.push_back( { { text( "high" ) }, false } );
  households.push_back( { { FieldValue::missing() }, false } );
  return households;
}

} // namespace

TEST( ProfileBuilder, CountsAndTotals )
{
  ProfileSettings settings;
  settings.minCell = 1;
  const Profile profile = build( { { "education", false, true } }, educationFixture(), settings );
  EXPECT_EQ( profile.seedCount, 5 );
  EXPECT_EQ( profile.baseCount, 20 );
  ASSERT_EQ( profile.fields.size(), 1u );
  long long seedSum = 0, baseSum = 0;
  for ( const ProfileCategory &category : profile.fields[0].categories )
  {
    seedSum += category.seedCount;
    baseSum += category.baseCount;
  }
  // every household is in exactly one category: nothing dropped
  EXPECT_EQ( seedSum, 5 );
  EXPECT_EQ( baseSum, 20 );
}

TEST( ProfileBuilder, SmallCellsMergeIntoOther )
{
  // MIN_CELL 1: "high" (0 seed) and "(missing)" (0 seed) have fewer than 1 seed household -> (other)
  // = 0 seed, 6 base. An "(other)" without seed households singles nobody out and has >= 1 base
  // household, so merging stops. Left: low (4 of 5 seed, 8 of 20 base), mid (1, 6), (other) (0, 6).
  ProfileSettings settings;
  settings.minCell = 1;
  const Profile profile = build( { { "education", false, true } }, educationFixture(), settings );
  const ProfileField &field = profile.fields[0];
  ASSERT_EQ( field.categories.size(), 3u );
  EXPECT_EQ( field.categories[0].label, "low" );
  EXPECT_EQ( field.categories[0].seedCount, 4 );
  EXPECT_EQ( field.categories[0].baseCount, 8 );
  EXPECT_EQ( field.categories[1].label, "mid" );
  EXPECT_EQ( field.categories[2].label, kOtherCategory );
  EXPECT_EQ( field.categories[2].seedCount, 0 );
  EXPECT_EQ( field.categories[2].baseCount, 6 );
  EXPECT_EQ( field.mergedIntoOther, ( std::vector<std::string>{ "high", kMissingCategory } ) );
  EXPECT_EQ( field.categoryOf( text( "high" ) ), 2 );
  EXPECT_EQ( field.categoryOf( FieldValue::missing() ), 2 );

  // index low = 100 * (4/5) / (8/20) = 200; mid = 100 * (1/5) / (6/20) = 66.7
  const std::vector<CategorySummary> summaries = summarizeProfile( profile );
  EXPECT_DOUBLE_EQ( summaries[0].index.index, 200.0 );
  EXPECT_NEAR( summaries[1].index.index, 200.0 / 3.0, 1e-9 );
  EXPECT_DOUBLE_EQ( summaries[0].seedPercent, 80.0 );
  EXPECT_DOUBLE_EQ( summaries[0].basePercent, 40.0 );
}

TEST( ProfileBuilder, SmallOtherTakesTheSmallestCategoryUntilLargeEnough )
{
  // MIN_CELL 2: mid (1 seed), high (0 seed) and (missing) (0 seed, 1 base) are small ->
  // (other) = 1 seed, 12 base: 1 seed household is between 0 and MIN_CELL, so the smallest
  // remaining category, low (8 base), joins too: everything is "(other)" (5 seed, 20 base).
  ProfileSettings settings;
  settings.minCell = 2;
  const Profile profile = build( { { "education", false, true } }, educationFixture(), settings );
  const ProfileField &field = profile.fields[0];
  ASSERT_EQ( field.categories.size(), 1u );
  EXPECT_EQ( field.categories[0].label, kOtherCategory );
  EXPECT_EQ( field.categories[0].seedCount, 5 );
  EXPECT_EQ( field.categories[0].baseCount, 20 );
}

TEST( ProfileBuilder, MissingIsACategoryOfItsOwn )
{
  // 30 households: 10 "a" (5 seed), 10 "b" (5 seed), 10 NULL (5 seed), MIN_CELL 5: nothing merged.
  std::vector<Household> households;
  for ( int i = 0; i < 30; ++i )
    households.push_back( { { i < 10 ? text( "a" ) : i < 20 ? text( "b" )
                                                            : FieldValue::missing() },
                            i % 10 < 5 } );
  ProfileSettings settings;
  settings.minCell = 5;
  const Profile profile = build( { { "f", false, true } }, households, settings );
  const ProfileField &field = profile.fields[0];
  ASSERT_EQ( field.categories.size(), 3u );
  EXPECT_EQ( field.categories[2].label, kMissingCategory );
  EXPECT_EQ( field.categories[2].seedCount, 5 );
  EXPECT_EQ( field.categories[2].baseCount, 10 );
  EXPECT_TRUE( field.mergedIntoOther.empty() );
}

TEST( ProfileBuilder, QuantileBinsOfTheBase )
{
  // income 1..20 (20 distinct > 12: binned), 5 bins: edges at sorted positions
  // floor(i * 20 / 5) = 4, 8, 12, 16 (0-based) -> values 5, 9, 13, 17; 4 households per bin.
  // Seed: 13 and 17..20 (5 households). MIN_CELL 1: bins 0-2 have no seed -> (other) 0 seed / 12 base
  // (no seed household: merging stops). Left: "13 to < 17" (1, 4), ">= 17" (4, 4), (other) (0, 12).
  std::vector<Household> households;
  for ( int value = 1; value <= 20; ++value )
    households.push_back( { { FieldValue::ofNumber( value ) }, value == 13 || value >= 17 } );
  ProfileSettings settings;
  settings.minCell = 1;
  settings.bins = 5;
  const Profile profile = build( { { "income", true, true } }, households, settings );
  const ProfileField &field = profile.fields[0];
  EXPECT_EQ( field.kind, FieldKind::Binned );
  EXPECT_EQ( field.binEdges, ( std::vector<double>{ 5, 9, 13, 17 } ) );
  ASSERT_EQ( field.categories.size(), 3u );
  EXPECT_EQ( field.categories[0].label, "13 to < 17" );
  EXPECT_EQ( field.categories[0].seedCount, 1 );
  EXPECT_EQ( field.categories[0].baseCount, 4 );
  EXPECT_EQ( field.categories[1].label, ">= 17" );
  EXPECT_EQ( field.categories[1].seedCount, 4 );
  EXPECT_EQ( field.categories[1].baseCount, 4 );
  EXPECT_EQ( field.categories[2].label, kOtherCategory );
  EXPECT_EQ( field.categories[2].seedCount, 0 );
  EXPECT_EQ( field.categories[2].baseCount, 12 );
  EXPECT_EQ( field.categoryOf( FieldValue::ofNumber( 2 ) ), 2 );
  EXPECT_EQ( field.categoryOf( FieldValue::ofNumber( 1000 ) ), 1 );

  // with MIN_CELL 2 the bin with 1 seed household is small too: (other) = 1 seed, 16 base, still
  // small (1 seed), so the smallest remaining bin, ">= 17", joins: one category left.
  settings.minCell = 2;
  const Profile coarse = build( { { "income", true, true } }, households, settings );
  ASSERT_EQ( coarse.fields[0].categories.size(), 1u );
  EXPECT_EQ( coarse.fields[0].categories[0].seedCount, 5 );
}

TEST( ProfileBuilder, FewDistinctNumbersAreCategories )
{
  // values 1, 2, 3 (3 distinct <= 12): categories "1", "2", "3"
  std::vector<Household> households;
  for ( int i = 0; i < 30; ++i )
    households.push_back( { { FieldValue::ofNumber( 1 + i % 3 ) }, i < 15 } );
  ProfileSettings settings;
  settings.minCell = 1;
  const Profile profile = build( { { "size", true, true } }, households, settings );
  const ProfileField &field = profile.fields[0];
  EXPECT_EQ( field.kind, FieldKind::Categorical );
  ASSERT_EQ( field.categories.size(), 3u );
  EXPECT_EQ( field.categories[0].label, "1" );
  EXPECT_EQ( field.categories[0].baseCount, 10 );
  EXPECT_EQ( field.categories[0].seedCount, 5 ); // i = 0, 3, 6, 9, 12
  EXPECT_EQ( field.categoryOf( FieldValue::ofNumber( 3 ) ), 2 );
}

TEST( ProfileBuilder, RealValuedFieldsAreBinnedEvenWithFewValues )
{
  // 0.5, 1.5, 2.5 (3 distinct) in a real-valued field: binned, so that a new
  // value such as 1.7 falls into a bin instead of being unseen.
  // 30 values, 3 bins: edges at sorted positions 10 and 20 -> 1.5 and 2.5.
  std::vector<Household> households;
  for ( int i = 0; i < 30; ++i )
    households.push_back( { { FieldValue::ofNumber( 0.5 + i / 10 ) }, i % 2 == 0 } );
  ProfileSettings settings;
  settings.minCell = 1;
  settings.bins = 3;
  ProfileFieldSpec spec{ "ratio", true, true };
  spec.integerValues = false;
  const Profile profile = build( { spec }, households, settings );
  const ProfileField &field = profile.fields[0];
  EXPECT_EQ( field.kind, FieldKind::Binned );
  EXPECT_EQ( field.binEdges, ( std::vector<double>{ 1.5, 2.5 } ) );
  EXPECT_EQ( field.categoryOf( FieldValue::ofNumber( 1.7 ) ), 1 );
}

TEST( ProfileBuilder, NonFiniteNumbersAreMissing )
{
  // NaN must never become a category (it would also break the ordered map of values).
  std::vector<Household> households;
  for ( int i = 0; i < 20; ++i )
    households.push_back( { { FieldValue::ofNumber( i < 5 ? std::nan( "" ) : 1.0 + i % 2 ) }, i % 2 == 0 } );
  ProfileSettings settings;
  settings.minCell = 1;
  const Profile profile = build( { { "size", true, true } }, households, settings );
  const ProfileField &field = profile.fields[0];
  const int missing = field.findCategory( kMissingCategory );
  ASSERT_GE( missing, 0 );
  EXPECT_EQ( field.categories[missing].baseCount, 5 );
}

TEST( ProfileBuilder, IdentifierLikeTextFieldIsRejectedByName )
{
  std::vector<Household> households;
  for ( int i = 0; i < 300; ++i )
    households.push_back( { { FieldValue::ofText( "id-" + std::to_string( i ) ) }, i < 20 } );
  ProfileBuilder builder( { { "postcode_house", false, true } }, ProfileSettings() );
  for ( const Household &household : households )
    builder.countFirstPass( household.values, household.isSeed );
  try
  {
    builder.finishFirstPass();
    FAIL() << "expected a ProfileError";
  }
  catch ( const ProfileError &error )
  {
    EXPECT_EQ( error.fieldName(), "postcode_house" );
    EXPECT_EQ( error.reason(), ProfileError::Reason::TooManyCategories );
    EXPECT_EQ( error.limit(), 200 );
    EXPECT_NE( std::string( error.what() ).find( "identifier" ), std::string::npos );
  }
}

TEST( ProfileBuilder, EmptyOrTinySeedIsAnError )
{
  ProfileBuilder empty( { { "f", false, true } }, ProfileSettings() );
  empty.countFirstPass( { text( "a" ) }, false );
  EXPECT_THROW( empty.finishFirstPass(), ProfileError );

  ProfileSettings settings;
  settings.minCell = 10;
  ProfileBuilder tiny( { { "f", false, true } }, settings );
  for ( int i = 0; i < 50; ++i )
    tiny.countFirstPass( { text( "a" ) }, i < 3 ); // 3 seed < MIN_CELL 10
  try
  {
    tiny.finishFirstPass();
    FAIL() << "expected a ProfileError";
  }
  catch ( const ProfileError &error )
  {
    EXPECT_EQ( error.reason(), ProfileError::Reason::SeedBelowMinimumCell );
    EXPECT_EQ( error.count(), 3 );
    EXPECT_EQ( error.limit(), 10 );
  }
}

TEST( ProfileBuilder, InvalidSettingsAreErrors )
{
  ProfileSettings bins;
  bins.bins = 1;
  EXPECT_THROW( ProfileBuilder( {}, bins ), ProfileError );
  ProfileSettings cell;
  cell.minCell = 0;
  EXPECT_THROW( ProfileBuilder( {}, cell ), ProfileError );
}

TEST( ProfileBuilder, DuplicatedFieldsShareTheirWeight )
{
  // "a" and "copy" carry the same information (correlation 1): weight 1 / (1 + 1) = 0.5 each.
  // "constant" has one category, so its log ratio has no variance: correlation 0, weight 1.
  std::vector<Household> households;
  for ( int i = 0; i < 100; ++i )
  {
    const char *value = i % 4 == 0 ? "x" : "y";
    households.push_back( { { text( value ), text( value ), text( "k" ) }, i % 4 == 0 ? i < 60 : i < 10 } );
  }
  ProfileSettings settings;
  settings.minCell = 1;
  const Profile profile = build( { { "a", false, true }, { "copy", false, true }, { "constant", false, true } }, households, settings );
  EXPECT_NEAR( profile.fields[0].scoringWeight, 0.5, 1e-9 );
  EXPECT_NEAR( profile.fields[1].scoringWeight, 0.5, 1e-9 );
  EXPECT_NEAR( profile.fields[2].scoringWeight, 1.0, 1e-9 );
}

TEST( ProfileBuilder, IndependentFieldsKeepFullWeight )
{
  // a and b independent by construction (all four combinations equally often, seed spread evenly):
  // log ratios uncorrelated -> weight 1.
  std::vector<Household> households;
  for ( int i = 0; i < 400; ++i )
  {
    const bool aHigh = i % 2 == 0;
    const bool bHigh = ( i / 2 ) % 2 == 0;
    const bool seed = ( aHigh && i % 8 < 6 ) || ( !aHigh && i % 8 == 7 );
    households.push_back( { { text( aHigh ? "a1" : "a0" ), text( bHigh ? "b1" : "b0" ) }, seed } );
  }
  ProfileSettings settings;
  settings.minCell = 1;
  const Profile profile = build( { { "a", false, true }, { "b", false, true } }, households, settings );
  EXPECT_NEAR( profile.fields[0].scoringWeight, 1.0, 0.02 );
  EXPECT_NEAR( profile.fields[1].scoringWeight, 1.0, 0.02 );
}

TEST( ProfileBuilder, DescriptiveFieldsAreNotScored )
{
  std::vector<Household> households;
  for ( int i = 0; i < 40; ++i )
    households.push_back( { { text( i % 2 ? "p" : "q" ), text( i % 3 ? "tv" : "radio" ) }, i < 20 } );
  ProfileSettings settings;
  settings.minCell = 1;
  const Profile profile = build( { { "a", false, true }, { "media", false, false } }, households, settings );
  EXPECT_TRUE( profile.fields[0].usedForScoring );
  EXPECT_FALSE( profile.fields[1].usedForScoring );
  EXPECT_DOUBLE_EQ( profile.fields[1].scoringWeight, 1.0 );
}

TEST( ProfileBuilder, SecondPassMustSeeTheSameHouseholds )
{
  ProfileSettings settings;
  settings.minCell = 1;
  ProfileBuilder builder( { { "f", false, true } }, settings );
  builder.countFirstPass( { text( "a" ) }, true );
  builder.countFirstPass( { text( "a" ) }, false );
  builder.finishFirstPass();
  builder.countSecondPass( { text( "a" ) }, true );
  EXPECT_THROW( builder.finish(), ProfileError );
}

TEST( ProfileBuilder, CoarseningNearTheEndsOfTheDoubleRangeKeepsEdgesFinite )
{
  // More distinct numbers than kept exactly, spread over (almost) the whole
  // double range: the coarsening grid used to be (highest - lowest) / 4096,
  // which overflows to infinity, and so did the bin edges (found by fuzzing).
  std::vector<Household> households;
  const size_t count = ProfileBuilder::kMaxDistinctNumbers + 10;
  const double highest = std::numeric_limits<double>::max();
  for ( size_t i = 0; i < count; ++i )
  {
    const double fraction = static_cast<double>( i ) / static_cast<double>( count - 1 );
    // From -DBL_MAX to +DBL_MAX without overflowing on the way.
    const double value = ( -highest + fraction * highest ) + fraction * highest;
    households.push_back( { { FieldValue::ofNumber( value ) }, i % 7 == 0 } );
  }
  households.push_back( { { FieldValue::ofNumber( highest ) }, true } );
  ProfileSettings settings;
  settings.minCell = 1;
  const Profile profile = build( { { "value", true, true, false } }, households, settings );
  ASSERT_EQ( profile.fields.size(), 1u );
  EXPECT_FALSE( profile.fields[0].binEdges.empty() );
  for ( const double edge : profile.fields[0].binEdges )
    EXPECT_TRUE( std::isfinite( edge ) ) << edge;
  long long base = 0;
  for ( const ProfileCategory &category : profile.fields[0].categories )
    base += category.baseCount;
  EXPECT_EQ( base, static_cast<long long>( households.size() ) ) << "every household is in a category";
}
