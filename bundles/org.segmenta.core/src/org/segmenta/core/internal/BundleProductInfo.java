package org.segmenta.core.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.segmenta.core.ProductInfo;

/** {@link ProductInfo} read from the version of the core bundle, which every build stamps. */
@Component(service = ProductInfo.class)
public final class BundleProductInfo implements ProductInfo {

    private Version version = Version.emptyVersion;

    @Activate
    void activate() {
        Bundle bundle = FrameworkUtil.getBundle(BundleProductInfo.class);
        if (bundle != null) {
            version = bundle.getVersion();
        }
    }

    @Override
    public String name() {
        return "Segmenta";
    }

    @Override
    public String version() {
        return version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
    }

    @Override
    public String buildVersion() {
        return version.toString();
    }
}
