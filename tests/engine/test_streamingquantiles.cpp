#include "engine/streamingquantiles.h"

#include "engine/profilebuilder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

using namespace targetgroup::engine;

namespace
{

//! The exact edges of profilebuilder.cpp: value at sorted position floor(i n / bins), coinciding edges dropped.
std::vector<double> exactEdges( std::vector<double> values, int bins )
{
  std::sort( values.begin(), values.end() );
  std::vector<double> edges;
  for ( int i = 1; i < bins; ++i )
  {
    const double edge = values[static_cast<std::size_t>( std::floor( static_cast<double>( i ) * values.size() / bins ) )];
    if ( edges.empty() || edge > edges.back() )
      edges.push_back( edge );
  }
  return edges;
}

//! Checks that every reported position is within the sketch's bound of the exact rank of the value it reports.
void expectWithinBound( const StreamingQuantiles &sketch, std::vector<double> values, const std::string &what )
{
  std::sort( values.begin(), values.end() );
  const long long n = static_cast<long long>( values.size() );
  const double bound = sketch.errorBound();
  for ( int step = 0; step <= 200; ++step )
  {
    const long long position = std::min( n - 1, step * n / 200 );
    const double value = sketch.valueAtPosition( position );
    const auto below = static_cast<long long>( std::lower_bound( values.begin(), values.end(), value ) - values.begin() );
    const auto atOrBelow = static_cast<long long>( std::upper_bound( values.begin(), values.end(), value ) - values.begin() );
    // The exact rank interval [below, atOrBelow] meets [position - bound, position + bound].
    EXPECT_LE( static_cast<double>( below ), static_cast<double>( position ) + bound ) << what << " position " << position;
    EXPECT_GT( static_cast<double>( atOrBelow ), static_cast<double>( position ) - bound ) << what << " position " << position;
  }
}

std::vector<double> normalValues( unsigned seed, std::size_t count )
{
  std::mt19937_64 random( seed );
  std::normal_distribution<double> normal( 30000, 12000 );
  std::vector<double> values( count );
  for ( double &value : values )
    value = normal( random );
  return values;
}

} // namespace

TEST( StreamingQuantiles, ExactWhileNothingIsHalved )
{
  StreamingQuantiles sketch( 8 );
  const std::vector<double> values = { 5, 1, 4, 2, 3, 9, 8, 7, 6, 10, 11, 12, 13, 14, 15 };
  for ( const double value : values )
    sketch.add( value );
  sketch.add( std::nan( "" ) ); // ignored
  EXPECT_EQ( sketch.count(), 15 );
  EXPECT_TRUE( sketch.exact() );
  EXPECT_EQ( sketch.errorBound(), 0 );
  for ( long long position = 0; position < 15; ++position )
    EXPECT_EQ( sketch.valueAtPosition( position ), position + 1 );
  // 5 bins of 15: positions 3, 6, 9, 12 -> values 4, 7, 10, 13 (by hand)
  EXPECT_EQ( sketch.binEdges( 5 ), ( std::vector<double>{ 4, 7, 10, 13 } ) );
}

TEST( StreamingQuantiles, OneHalvingByHand )
{
  // Capacity 4: two full buffers {1,3,5,7} and {2,4,6,8} halve into {1,3,5,7}
  // at weight 2 (offset 0: every other of 1..8). Bound: one halving of weight 1.
  StreamingQuantiles sketch( 4 );
  for ( const double value : { 7.0, 5.0, 3.0, 1.0, 8.0, 6.0, 4.0, 2.0 } )
    sketch.add( value );
  EXPECT_FALSE( sketch.exact() );
  EXPECT_EQ( sketch.errorBound(), 1 );
  EXPECT_EQ( sketch.heldValues(), 4u );
  EXPECT_EQ( sketch.valueAtPosition( 0 ), 1 );
  EXPECT_EQ( sketch.valueAtPosition( 2 ), 3 ); // exact: 3, within 1 of position 2
  EXPECT_EQ( sketch.valueAtPosition( 7 ), 7 ); // exact rank of 7 is 6..7
}

TEST( StreamingQuantiles, NormalValuesWithinTheStatedBound )
{
  // 353,000 values at the default capacity (the demo's households): the bound is
  // 4 ranks, 0.001% of n; the quintile edges are within it of the exact ones.
  const std::vector<double> values = normalValues( 1, 353000 );
  StreamingQuantiles sketch;
  for ( const double value : values )
    sketch.add( value );
  EXPECT_EQ( sketch.errorBound(), 4 );
  EXPECT_LE( sketch.errorBound(), std::floor( std::log2( 353000.0 / 65536 ) ) * 353000 / ( 2.0 * 65536 ) );
  expectWithinBound( sketch, values, "normal" );
  const std::vector<double> exact = exactEdges( values, 5 ), sketched = sketch.binEdges( 5 );
  ASSERT_EQ( exact.size(), sketched.size() );
  std::vector<double> sorted = values;
  std::sort( sorted.begin(), sorted.end() );
  for ( std::size_t i = 0; i < exact.size(); ++i )
  {
    const auto exactRank = std::lower_bound( sorted.begin(), sorted.end(), exact[i] ) - sorted.begin();
    const auto sketchRank = std::lower_bound( sorted.begin(), sorted.end(), sketched[i] ) - sorted.begin();
    EXPECT_LE( std::abs( exactRank - sketchRank ), 4 ) << "edge " << i;
  }
}

TEST( StreamingQuantiles, SmallCapacityAdversarialOrders )
{
  // A small capacity makes many levels; sorted, reversed and tied inputs.
  std::vector<double> ascending( 100000 );
  for ( std::size_t i = 0; i < ascending.size(); ++i )
    ascending[i] = static_cast<double>( i );
  std::vector<double> descending( ascending.rbegin(), ascending.rend() );
  std::vector<double> ties( 100000 );
  for ( std::size_t i = 0; i < ties.size(); ++i )
    ties[i] = static_cast<double>( ( i * 7919 ) % 13 );
  for ( const auto &[name, values] : std::vector<std::pair<std::string, std::vector<double>>>{ { "ascending", ascending }, { "descending", descending }, { "ties", ties }, { "normal", normalValues( 2, 100000 ) } } )
  {
    StreamingQuantiles sketch( 256 );
    for ( const double value : values )
      sketch.add( value );
    // H = floor(log2(100000 / 256)) = 8 levels: bound <= 8 x 100000 / 512 = 1562.5
    EXPECT_LE( sketch.errorBound(), 1562.5 ) << name;
    EXPECT_LE( sketch.heldValues(), 256u * 10 ) << name;
    expectWithinBound( sketch, values, name );
  }
}

TEST( StreamingQuantiles, MergedReadersStayWithinTheBound )
{
  const std::vector<double> values = normalValues( 3, 50000 );
  StreamingQuantiles whole( 512 ), first( 512 ), second( 512 );
  for ( std::size_t i = 0; i < values.size(); ++i )
  {
    whole.add( values[i] );
    ( i < 20000 ? first : second ).add( values[i] );
  }
  first.merge( second );
  EXPECT_EQ( first.count(), 50000 );
  expectWithinBound( first, values, "merged" );
  expectWithinBound( whole, values, "whole" );
}

TEST( StreamingQuantiles, EmptyAndDegenerate )
{
  StreamingQuantiles sketch;
  EXPECT_THROW( sketch.valueAtPosition( 0 ), std::out_of_range );
  EXPECT_TRUE( sketch.binEdges( 5 ).empty() );
  sketch.add( 3 );
  sketch.add( 3 );
  EXPECT_EQ( sketch.binEdges( 5 ), std::vector<double>{ 3 } );
  EXPECT_EQ( StreamingQuantiles( 0 ).capacity(), 2u );
}

TEST( StreamingQuantiles, ExactSketchGivesProfileBuilderEdges )
{
  // A real-valued field of 20,000 households (fewer than 2 x capacity: the
  // sketch is exact), so one-pass edges are those of the two-pass builder.
  std::vector<double> values = normalValues( 4, 20000 );
  for ( double &value : values )
    value = std::round( value ); // ties, as whole-euro incomes have
  ProfileFieldSpec spec;
  spec.name = "income";
  spec.numeric = true;
  spec.integerValues = false;
  ProfileSettings settings;
  ProfileBuilder builder( { spec }, settings );
  StreamingQuantiles sketch;
  for ( std::size_t i = 0; i < values.size(); ++i )
  {
    builder.countFirstPass( { FieldValue::ofNumber( values[i] ) }, i % 10 == 0 );
    sketch.add( values[i] );
  }
  builder.finishFirstPass();
  for ( std::size_t i = 0; i < values.size(); ++i )
    builder.countSecondPass( { FieldValue::ofNumber( values[i] ) }, i % 10 == 0 );
  const Profile profile = builder.finish();
  ASSERT_EQ( profile.fields.size(), 1u );
  EXPECT_TRUE( sketch.exact() );
  EXPECT_EQ( sketch.binEdges( settings.bins ), profile.fields[0].binEdges );
  EXPECT_EQ( sketch.binEdges( settings.bins ), exactEdges( values, settings.bins ) );
}
