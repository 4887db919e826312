#include "engine/scoring.h"

#include <cmath>

namespace targetgroup::engine
{

HouseholdScorer::HouseholdScorer( const Profile &profile, ScoringMethod method )
{
  for ( const ProfileField &field : profile.fields )
  {
    if ( field.usedForScoring )
      mFields.push_back( &field );
  }
  if ( mFields.empty() )
    throw ScoringError( "the profile has no scoring fields" );
  if ( profile.seedCount <= 0 || profile.baseCount <= 0 )
    throw ScoringError( "the profile has no seed or no base households" );

  mContributions.resize( mFields.size() );
  if ( method == ScoringMethod::ProfileLikelihood )
  {
    for ( size_t f = 0; f < mFields.size(); ++f )
    {
      const ProfileField &field = *mFields[f];
      for ( size_t c = 0; c < field.categories.size(); ++c )
        mContributions[f].push_back( field.scoringWeight * std::log( profile.likelihoodRatio( field, static_cast<int>( c ) ) ) );
    }
    return;
  }
  if ( method == ScoringMethod::PuLogistic )
  {
    if ( !profile.logisticModel.present )
      throw ScoringError( "the profile holds no PU logistic model (it is a format version 1 profile; rebuild it to use this method)" );
    for ( size_t f = 0; f < mFields.size(); ++f )
    {
      for ( const ProfileCategory &category : mFields[f]->categories )
        mContributions[f].push_back( category.coefficient );
    }
    return;
  }

  const double seedTotal = static_cast<double>( profile.seedCount );
  const double baseTotal = static_cast<double>( profile.baseCount );
  double separation = 0; // mean over the seed minus mean over the base
  double baseVariance = 0;
  for ( size_t f = 0; f < mFields.size(); ++f )
  {
    const ProfileField &field = *mFields[f];
    double baseMean = 0;
    for ( const ProfileCategory &category : field.categories )
      baseMean += ( category.baseCount / baseTotal ) * ( category.seedCount / seedTotal );
    for ( const ProfileCategory &category : field.categories )
    {
      const double centred = category.seedCount / seedTotal - baseMean;
      mContributions[f].push_back( centred );
      separation += ( category.seedCount / seedTotal - category.baseCount / baseTotal ) * centred;
      baseVariance += ( category.baseCount / baseTotal ) * centred * centred;
    }
  }
  mSlope = baseVariance > 0 ? separation / baseVariance : 0.0;
  for ( std::vector<double> &field : mContributions )
  {
    for ( double &value : field )
      value *= mSlope;
  }
}

double HouseholdScorer::score( const std::vector<FieldValue> &values, std::vector<int> *unseenFields ) const
{
  double total = 0;
  for ( size_t f = 0; f < mFields.size(); ++f )
  {
    const int category = mFields[f]->categoryOf( values[f] );
    if ( category < 0 )
    {
      if ( unseenFields )
        unseenFields->push_back( static_cast<int>( f ) );
      continue;
    }
    total += mContributions[f][category];
  }
  return total;
}

} // namespace targetgroup::engine
