#pragma once

#include <qgsprocessingprovider.h>

namespace targetgroup
{

/**
 * The "Target group profiling" Processing provider (id "targetgroup").
 * Registers every algorithm of the plugin; see loadAlgorithms() for the list.
 */
class TargetGroupProvider : public QgsProcessingProvider
{
  Q_OBJECT

public:
  explicit TargetGroupProvider( QObject *parent = nullptr );

  QIcon icon() const override;
  QString svgIconPath() const override;
  QString id() const override;
  QString name() const override;
  QString longName() const override;
  QString helpId() const override;
  QString versionInfo() const override;
  bool supportsNonFileBasedOutput() const override;

protected:
  void loadAlgorithms() override;
};

} // namespace targetgroup
