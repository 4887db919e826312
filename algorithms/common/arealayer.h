#pragma once
// Area layers as every algorithm reads them: the one geometry repair rule, the
// one rule for where a household is, and an index that locates households in
// areas. Scoring (calibration per prevalence area), aggregation (counting),
// roll-up (spatial join) and the synthetic households all go through here, so
// a household is calibrated in the same area it is counted in.

#include "engine/arealocator.h"

#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransformcontext.h>
#include <qgsfeature.h>
#include <qgsfeaturerequest.h>
#include <qgsgeometry.h>

#include <QList>
#include <QString>

#include <utility>
#include <vector>

class QgsFeatureSource;
class QgsProcessingFeedback;

namespace targetgroup
{

/**
 * Where a household is. The rule:
 * - a point (or a multipoint of one point) is where it is;
 * - any other geometry (a multipoint of several points, a line, a polygon) is
 *   at its point on surface (GEOS PointOnSurface; for several points that is
 *   the point nearest their centroid, one of the household's own points). Such
 *   households are flagged, so the algorithm can say how many there were;
 * - no geometry, an empty one, or one without finite coordinates has no place.
 */
struct HouseholdLocation
{
  double x = 0;
  double y = 0;
  bool known = false;
  //! The geometry had several parts or was not a point: located at its point on surface.
  bool representative = false;
};

HouseholdLocation householdLocation( const QgsGeometry &geometry );

/**
 * The one repair rule for area polygons: no geometry or an empty one gives a
 * null geometry (\a empty set); an invalid one (GEOS) is made valid
 * (QgsGeometry::makeValid, \a repaired set); a valid one is returned as is.
 */
QgsGeometry repairedAreaGeometry( const QgsGeometry &geometry, bool &repaired, bool &empty );

/**
 * Polygons of one area layer, ready to locate households in.
 *
 * Add every area (its geometry already in the households' CRS: read it with
 * request()), then build(). Invalid polygons are repaired by
 * repairedAreaGeometry(); curves are segmentized; an area without geometry is
 * kept and contains nothing.
 *
 * Tie rule: a household inside or on the boundary of several areas (a shared
 * boundary, or overlapping polygons such as the five overlapping pairs of the
 * CBS 2023 wijk layer) belongs to the one with the lowest feature id — for
 * GeoPackage and memory layers the one that comes first in the layer. It is
 * counted once; households inside two or more areas are flagged.
 */
class AreaIndex
{
public:
  //! A request for the areas with no attributes and geometries in \a targetCrs (when valid).
  static QgsFeatureRequest request( const QgsCoordinateReferenceSystem &targetCrs, const QgsCoordinateTransformContext &transformContext );

  //! Adds an area. Call before build().
  void addArea( const QgsFeature &area );
  //! Builds the index; areas are numbered by ascending feature id.
  void build();

  int areaCount() const { return static_cast<int>( mFeatureIds.size() ); }
  //! The feature id of area \a index (0 .. areaCount() - 1).
  QgsFeatureId featureId( int index ) const { return mFeatureIds[static_cast<std::size_t>( index )]; }
  //! The index of the area with feature id \a id, or -1.
  int indexOf( QgsFeatureId id ) const;

  //! The area a household lies in by the tie rule; area -1 when in none or without a place.
  engine::AreaLocator::Match locate( const HouseholdLocation &location ) const;
  const engine::AreaLocator &locator() const { return mLocator; }

  const QList<QgsFeatureId> &repairedIds() const { return mRepairedIds; }
  const QList<QgsFeatureId> &emptyIds() const { return mEmptyIds; }
  //! Warns about repaired and empty areas of the layer \a layerDescription, naming their feature ids.
  void reportProblems( QgsProcessingFeedback *feedback, const QString &layerDescription ) const;

private:
  std::vector<std::pair<QgsFeatureId, std::vector<engine::AreaRing>>> mPending;
  std::vector<QgsFeatureId> mFeatureIds; //!< ascending
  engine::AreaLocator mLocator;
  QList<QgsFeatureId> mRepairedIds;
  QList<QgsFeatureId> mEmptyIds;
  bool mBuilt = false;
};

/**
 * Checks that households and areas can be compared: throws when exactly one
 * of the two layers has no coordinate reference system (its coordinates
 * cannot be placed), naming it and saying how to assign one. When neither has
 * one, the coordinates are compared as they are, with a warning.
 */
void checkComparableCrs( const QgsFeatureSource &households, const QString &householdsDescription, const QgsFeatureSource &areas,
                         const QString &areasDescription, QgsProcessingFeedback *feedback );

//! Throws when \a areas does not hold polygons (points or lines contain no household), naming the layer.
void checkPolygonLayer( const QgsFeatureSource &areas, const QString &areasDescription );

//! "1, 2, 3 and 4 more": the first ids of a list, for messages.
QString featureIdList( const QList<QgsFeatureId> &ids, int shown = 20 );

} // namespace targetgroup
