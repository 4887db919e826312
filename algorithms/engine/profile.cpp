#include "engine/profile.h"

#include "engine/statistics.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace targetgroup::engine
{

const char *quadrantName( Quadrant quadrant )
{
  switch ( quadrant )
  {
  case Quadrant::Core:
    return "core";
  case Quadrant::Developmental:
    return "developmental";
  case Quadrant::Niche:
    return "niche";
  case Quadrant::Other:
    break;
  }
  return "other";
}

const char *scoringMethodName( ScoringMethod method )
{
  switch ( method )
  {
  case ScoringMethod::CentralProfileSimilarity:
    return "central_profile";
  case ScoringMethod::PuLogistic:
    return "pu_logistic";
  case ScoringMethod::ProfileLikelihood:
    break;
  }
  return "likelihood";
}

std::string numberKey( double value )
{
  char buffer[64];
  if ( std::isfinite( value ) && value == std::floor( value ) && std::fabs( value ) < 1e15 )
    std::snprintf( buffer, sizeof( buffer ), "%lld", static_cast<long long>( value ) );
  else
    std::snprintf( buffer, sizeof( buffer ), "%.15g", value );
  return buffer;
}

std::string binLabel( const std::vector<double> &edges, int bin )
{
  if ( edges.empty() )
    return "(all)";
  if ( bin <= 0 )
    return "< " + numberKey( edges.front() );
  if ( bin >= static_cast<int>( edges.size() ) )
    return ">= " + numberKey( edges.back() );
  return numberKey( edges[bin - 1] ) + " to < " + numberKey( edges[bin] );
}

int ProfileField::binOf( double value ) const
{
  // Bin i holds edges[i-1] <= v < edges[i]: upper_bound counts the edges <= v.
  return static_cast<int>( std::upper_bound( binEdges.begin(), binEdges.end(), value ) - binEdges.begin() );
}

std::string ProfileField::rawLabelOf( const FieldValue &value ) const
{
  // a number that is not finite is missing, as ProfileBuilder counted it
  if ( value.isMissing() || ( value.number && !std::isfinite( *value.number ) ) )
    return kMissingCategory;
  if ( kind == FieldKind::Binned )
  {
    if ( !value.number || !std::isfinite( *value.number ) )
      return kMissingCategory;
    return binLabel( binEdges, binOf( *value.number ) );
  }
  if ( value.number )
    return numberKey( *value.number );
  return *value.text;
}

int ProfileField::findCategory( const std::string &label ) const
{
  for ( size_t i = 0; i < categories.size(); ++i )
  {
    if ( categories[i].label == label )
      return static_cast<int>( i );
  }
  return -1;
}

int ProfileField::categoryOf( const FieldValue &value ) const
{
  const std::string label = rawLabelOf( value );
  const int direct = findCategory( label );
  if ( direct >= 0 )
    return direct;
  if ( std::find( mergedIntoOther.begin(), mergedIntoOther.end(), label ) != mergedIntoOther.end() )
    return findCategory( kOtherCategory );
  return -1;
}

const ProfileField *Profile::field( const std::string &name ) const
{
  for ( const ProfileField &candidate : fields )
  {
    if ( candidate.name == name )
      return &candidate;
  }
  return nullptr;
}

double Profile::likelihoodRatio( const ProfileField &profileField, int category ) const
{
  if ( category < 0 || category >= static_cast<int>( profileField.categories.size() ) )
    return 1.0;
  const ProfileCategory &cell = profileField.categories[category];
  return shrunkLikelihoodRatio( cell.seedCount, seedCount, cell.baseCount, baseCount, priorStrength );
}

} // namespace targetgroup::engine

namespace targetgroup::engine
{

Quadrant quadrantFor( double index, double seedSharePercent, int categoryCount )
{
  const double averageShare = categoryCount > 0 ? 100.0 / categoryCount : 100.0;
  const bool highIndex = index >= kQuadrantIndexThreshold;
  const bool highShare = seedSharePercent >= averageShare;
  if ( highIndex && highShare )
    return Quadrant::Core;
  if ( highShare )
    return Quadrant::Developmental;
  if ( highIndex )
    return Quadrant::Niche;
  return Quadrant::Other;
}

} // namespace targetgroup::engine
