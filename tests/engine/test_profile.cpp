#include "engine/profile.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace targetgroup::engine;

TEST( Profile, NumberKeys )
{
  EXPECT_EQ( numberKey( 3.0 ), "3" );
  EXPECT_EQ( numberKey( -2.0 ), "-2" );
  EXPECT_EQ( numberKey( 2.5 ), "2.5" );
  EXPECT_EQ( numberKey( 0.1 ), "0.1" );
}

TEST( Profile, BinsAndLabels )
{
  ProfileField field;
  field.kind = FieldKind::Binned;
  field.numericSource = true;
  field.binEdges = { 5, 9 };
  // bin i holds edges[i-1] <= v < edges[i]
  EXPECT_EQ( field.binOf( 4.99 ), 0 );
  EXPECT_EQ( field.binOf( 5 ), 1 );
  EXPECT_EQ( field.binOf( 8.99 ), 1 );
  EXPECT_EQ( field.binOf( 9 ), 2 );
  EXPECT_EQ( binLabel( field.binEdges, 0 ), "< 5" );
  EXPECT_EQ( binLabel( field.binEdges, 1 ), "5 to < 9" );
  EXPECT_EQ( binLabel( field.binEdges, 2 ), ">= 9" );
  EXPECT_EQ( field.rawLabelOf( FieldValue::ofNumber( 7 ) ), "5 to < 9" );
  EXPECT_EQ( field.rawLabelOf( FieldValue::missing() ), kMissingCategory );
}

TEST( Profile, CategoryOfMapsMergedUnseenAndMissing )
{
  ProfileField field;
  field.kind = FieldKind::Categorical;
  field.categories = { { "low", 4, 8 }, { kOtherCategory, 1, 12 } };
  field.mergedIntoOther = { "high", "mid", kMissingCategory };
  EXPECT_EQ( field.categoryOf( FieldValue::ofText( "low" ) ), 0 );
  EXPECT_EQ( field.categoryOf( FieldValue::ofText( "mid" ) ), 1 );
  EXPECT_EQ( field.categoryOf( FieldValue::missing() ), 1 );
  EXPECT_EQ( field.categoryOf( FieldValue::ofText( "unheard-of" ) ), -1 );
}

TEST( Profile, NumericCategoriesUseNumberKeys )
{
  ProfileField field;
  field.kind = FieldKind::Categorical;
  field.numericSource = true;
  field.categories = { { "1", 3, 10 }, { "2", 7, 10 } };
  EXPECT_EQ( field.categoryOf( FieldValue::ofNumber( 2.0 ) ), 1 );
  EXPECT_EQ( field.categoryOf( FieldValue::ofNumber( 3.0 ) ), -1 );
}

TEST( Profile, NonFiniteNumbersAreMissingInCategoricalFieldsToo )
{
  // ProfileBuilder counts NaN and infinities as "(missing)"; scoring must find them there
  // (found by tests/fuzz/fuzz_profilebuilder: -inf was unseen instead).
  ProfileField field;
  field.kind = FieldKind::Categorical;
  field.numericSource = true;
  field.categories = { { "1", 3, 10 }, { kMissingCategory, 7, 10 } };
  EXPECT_EQ( field.rawLabelOf( FieldValue::ofNumber( -HUGE_VAL ) ), kMissingCategory );
  EXPECT_EQ( field.categoryOf( FieldValue::ofNumber( HUGE_VAL ) ), 1 );
  EXPECT_EQ( field.categoryOf( FieldValue::ofNumber( std::nan( "" ) ) ), 1 );
}

TEST( Profile, LikelihoodRatioUsesProfileTotals )
{
  Profile profile;
  profile.seedCount = 100;
  profile.baseCount = 1000;
  profile.priorStrength = 10;
  ProfileField field;
  field.categories = { { "a", 10, 50 } };
  // expected = 100 * 50 / 1000 = 5 -> (10 + 10) / (5 + 10)
  EXPECT_DOUBLE_EQ( profile.likelihoodRatio( field, 0 ), 20.0 / 15.0 );
  EXPECT_DOUBLE_EQ( profile.likelihoodRatio( field, -1 ), 1.0 );
}

TEST( Profile, Quadrants )
{
  // 4 categories: average share 25%
  EXPECT_EQ( quadrantFor( 150, 30, 4 ), Quadrant::Core );
  EXPECT_EQ( quadrantFor( 90, 30, 4 ), Quadrant::Developmental );
  EXPECT_EQ( quadrantFor( 110, 10, 4 ), Quadrant::Niche );
  EXPECT_EQ( quadrantFor( 109.9, 24.9, 4 ), Quadrant::Other );
  EXPECT_STREQ( quadrantName( Quadrant::Niche ), "niche" );
}
