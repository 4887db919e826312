#include "common/arealayer.h"

#include <qgscurvepolygon.h>
#include <qgsexception.h>
#include <qgsfeaturesource.h>
#include <qgsgeometrycollection.h>
#include <qgslinestring.h>
#include <qgspoint.h>
#include <qgsprocessingfeedback.h>
#include <qgswkbtypes.h>

#include "common/qgiscompat.h"

#include <algorithm>
#include <cmath>

namespace targetgroup
{

namespace
{

void addRings( const QgsAbstractGeometry *geometry, std::vector<engine::AreaRing> &rings )
{
  if ( !geometry )
    return;
  if ( const QgsGeometryCollection *collection = qgsgeometry_cast<const QgsGeometryCollection *>( geometry ) )
  {
    for ( int i = 0; i < collection->numGeometries(); ++i )
      addRings( collection->geometryN( i ), rings );
    return;
  }
  const QgsCurvePolygon *polygon = qgsgeometry_cast<const QgsCurvePolygon *>( geometry );
  if ( !polygon )
    return; // points and lines (e.g. left over by makeValid) have no area
  auto addRing = [&rings]( const QgsCurve *curve )
  {
    if ( !curve )
      return;
    std::unique_ptr<QgsLineString> segmentized( curve->curveToLine() );
    engine::AreaRing ring;
    ring.reserve( static_cast<std::size_t>( segmentized->numPoints() ) );
    for ( int i = 0; i < segmentized->numPoints(); ++i )
      ring.push_back( engine::AreaPoint{ segmentized->xAt( i ), segmentized->yAt( i ) } );
    rings.push_back( std::move( ring ) );
  };
  addRing( polygon->exteriorRing() );
  for ( int i = 0; i < polygon->numInteriorRings(); ++i )
    addRing( polygon->interiorRing( i ) );
}

HouseholdLocation atPoint( const QgsPoint &point, bool representative )
{
  HouseholdLocation location;
  if ( !std::isfinite( point.x() ) || !std::isfinite( point.y() ) )
    return location;
  location.x = point.x();
  location.y = point.y();
  location.known = true;
  location.representative = representative;
  return location;
}

} // namespace

HouseholdLocation householdLocation( const QgsGeometry &geometry )
{
  const QgsAbstractGeometry *shape = geometry.constGet();
  if ( !shape || shape->isEmpty() )
    return HouseholdLocation();
  // The common cases without GEOS: a point, or a multipoint of one point.
  if ( const QgsPoint *point = qgsgeometry_cast<const QgsPoint *>( shape ) )
    return atPoint( *point, false );
  if ( const QgsGeometryCollection *collection = qgsgeometry_cast<const QgsGeometryCollection *>( shape ) )
  {
    if ( collection->numGeometries() == 1 )
    {
      if ( const QgsPoint *point = qgsgeometry_cast<const QgsPoint *>( collection->geometryN( 0 ) ) )
        return atPoint( *point, false );
    }
  }
  const QgsGeometry surfacePoint = geometry.pointOnSurface();
  const QgsPoint *point = surfacePoint.isNull() ? nullptr : qgsgeometry_cast<const QgsPoint *>( surfacePoint.constGet() );
  return point ? atPoint( *point, true ) : HouseholdLocation();
}

QgsGeometry repairedAreaGeometry( const QgsGeometry &geometry, bool &repaired, bool &empty )
{
  repaired = false;
  empty = geometry.isNull() || geometry.isEmpty();
  if ( empty )
    return QgsGeometry();
  if ( geometry.isGeosValid() )
    return geometry;
  repaired = true;
  return geometry.makeValid();
}

QgsFeatureRequest AreaIndex::request( const QgsCoordinateReferenceSystem &targetCrs, const QgsCoordinateTransformContext &transformContext )
{
  QgsFeatureRequest request;
  request.setNoAttributes();
  if ( targetCrs.isValid() )
    request.setDestinationCrs( targetCrs, transformContext );
  return request;
}

void AreaIndex::addArea( const QgsFeature &area )
{
  if ( mBuilt )
    throw QgsProcessingException( QStringLiteral( "Internal error: an area was added to a built area index. Please report this." ) );
  bool repaired = false;
  bool empty = false;
  const QgsGeometry geometry = repairedAreaGeometry( area.geometry(), repaired, empty );
  if ( repaired )
    mRepairedIds << area.id();
  if ( empty )
    mEmptyIds << area.id();
  std::vector<engine::AreaRing> rings;
  addRings( geometry.constGet(), rings );
  mPending.emplace_back( area.id(), std::move( rings ) );
}

void AreaIndex::build()
{
  // Lowest feature id first: the tie rule of the locator is "added first".
  std::stable_sort( mPending.begin(), mPending.end(), []( const auto &a, const auto &b )
                    { return a.first < b.first; } );
  mFeatureIds.reserve( mPending.size() );
  for ( const auto &pending : mPending )
  {
    mFeatureIds.push_back( pending.first );
    mLocator.addArea( pending.second );
  }
  mPending.clear();
  mPending.shrink_to_fit();
  mLocator.build();
  mBuilt = true;
}

int AreaIndex::indexOf( QgsFeatureId id ) const
{
  const auto found = std::lower_bound( mFeatureIds.begin(), mFeatureIds.end(), id );
  return found != mFeatureIds.end() && *found == id ? static_cast<int>( found - mFeatureIds.begin() ) : -1;
}

engine::AreaLocator::Match AreaIndex::locate( const HouseholdLocation &location ) const
{
  if ( !location.known )
    return engine::AreaLocator::Match();
  return mLocator.locate( location.x, location.y );
}

void AreaIndex::reportProblems( QgsProcessingFeedback *feedback, const QString &layerDescription ) const
{
  if ( !feedback )
    return;
  if ( !mRepairedIds.isEmpty() )
    feedback->pushWarning( QObject::tr( "%1: %2 invalid area geometries were repaired (make valid) for the point test; feature ids: %3." ).arg( layerDescription ).arg( mRepairedIds.size() ).arg( featureIdList( mRepairedIds ) ) );
  if ( !mEmptyIds.isEmpty() )
    feedback->pushWarning( QObject::tr( "%1: %2 areas have no geometry, so no household can lie in them (they are kept); feature ids: %3." ).arg( layerDescription ).arg( mEmptyIds.size() ).arg( featureIdList( mEmptyIds ) ) );
}

void checkComparableCrs( const QgsFeatureSource &households, const QString &householdsDescription, const QgsFeatureSource &areas,
                         const QString &areasDescription, QgsProcessingFeedback *feedback )
{
  const bool householdsKnown = households.sourceCrs().isValid();
  const bool areasKnown = areas.sourceCrs().isValid();
  if ( householdsKnown && areasKnown )
    return;
  if ( householdsKnown != areasKnown )
  {
    const QString unknown = householdsKnown ? areasDescription : householdsDescription;
    const QString known = householdsKnown ? householdsDescription : areasDescription;
    throw QgsProcessingException( QObject::tr( "%1 has no coordinate reference system, so its coordinates cannot be placed on %2 (%3). Assign the CRS its coordinates are in "
                                               "(Layer Properties → Source, or \"Assign projection\"), e.g. EPSG:28992 for Dutch RD New coordinates." )
                                      .arg( unknown, known, householdsKnown ? households.sourceCrs().authid() : areas.sourceCrs().authid() ) );
  }
  if ( feedback )
    feedback->pushWarning( QObject::tr( "Neither %1 nor %2 has a coordinate reference system: their coordinates are compared as they are. Assign the CRS they are in to be sure." )
                               .arg( householdsDescription, areasDescription ) );
}

void checkPolygonLayer( const QgsFeatureSource &areas, const QString &areasDescription )
{
  if ( QgsWkbTypes::geometryType( areas.wkbType() ) != compat::GeometryPolygon )
    throw QgsProcessingException( QObject::tr( "%1 holds %2 geometries, not polygons: a household cannot lie in a point or a line. Choose a polygon layer of areas (e.g. CBS buurten, wijken or gemeenten)." )
                                      .arg( areasDescription, QgsWkbTypes::displayString( areas.wkbType() ) ) );
}

QString featureIdList( const QList<QgsFeatureId> &ids, int shown )
{
  QStringList texts;
  for ( int i = 0; i < ids.size() && i < shown; ++i )
    texts << QString::number( ids.at( i ) );
  if ( ids.size() > shown )
    texts << QObject::tr( "and %1 more" ).arg( ids.size() - shown );
  return texts.join( QStringLiteral( ", " ) );
}

} // namespace targetgroup
