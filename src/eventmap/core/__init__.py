"""The product's own logic over located meetings: the dataset pipeline, the frame, filters,
nearest search, tours and headline figures. Pure: no Streamlit, no file formats."""
