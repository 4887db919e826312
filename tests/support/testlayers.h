#pragma once
// Small helpers to build memory-layer fixtures and run algorithms in process.

#include "engine/profile.h"

#include <qgsfeedback.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsvectorlayer.h>

#include <QVariantMap>
#include <memory>
#include <vector>

namespace targetgroup::test
{

//! A memory layer from a QGIS memory-provider URI, e.g.
//! "Point?crs=EPSG:28992&field=age:integer&field=lang:string".
std::unique_ptr<QgsVectorLayer> memoryLayer( const QString &uri, const QString &name = QStringLiteral( "layer" ) );

//! Adds features (attributes in field order, optional WKT geometry) to a memory layer.
void addFeature( QgsVectorLayer *layer, const QVariantList &attributes, const QString &wkt = QString() );

//! A profile that can score: one field "education", categories low (8 seed of 40 base) and high (2 of 60); seed 10, base 100.
engine::Profile educationProfile();

//! Feedback that records every message, so tests can assert on warnings.
class RecordingFeedback : public QgsProcessingFeedback
{
public:
  void reportError( const QString &error, bool fatalError = false ) override;
  void pushWarning( const QString &warning ) override;
  void pushInfo( const QString &info ) override;
  QStringList errors;
  QStringList warnings;
  QStringList infos;
};

//! The outcome of running an algorithm: ok flag, results, and the exception text if any.
struct AlgorithmRun
{
  bool ok = false;
  QVariantMap results;
  QString error;
};

/**
 * Creates a fresh instance of the algorithm (as the registry would) and runs it.
 * A QgsProcessingException is caught and returned in AlgorithmRun::error.
 */
AlgorithmRun runAlgorithm( const QgsProcessingAlgorithm &prototype, const QVariantMap &parameters,
                           QgsProcessingContext &context, RecordingFeedback &feedback );

//! Takes an output layer produced in the run out of the context (ownership to caller).
std::unique_ptr<QgsVectorLayer> takeVectorLayer( QgsProcessingContext &context, const QVariant &layerIdOrPath );

//! Runs a registered algorithm (e.g. "native:countpointsinpolygon") by id.
AlgorithmRun runRegistered( const QString &algorithmId, const QVariantMap &parameters,
                            QgsProcessingContext &context, RecordingFeedback &feedback );

} // namespace targetgroup::test
