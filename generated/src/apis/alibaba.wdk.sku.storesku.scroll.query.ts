// Generated from specs/wdk/alibaba.wdk.sku.storesku.scroll.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.sku.storesku.scroll.query` (门店商品批量查询接口). */
export interface AlibabaWdkSkuStoreskuScrollQueryRequest {
  /** 经营的id */
  store_id?: string;
  /** 历游标，首次调用传递null，后续传递ScrollPageResult.getScrollId() */
  scroll_id?: string;
}

/** Response of `alibaba.wdk.sku.storesku.scroll.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSkuStoreskuScrollQueryResponse {
  /** 请求结果 */
  result?: AlibabaWdkSkuStoreskuScrollQueryApiScrollPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiScrollPageResult` of `alibaba.wdk.sku.storesku.scroll.query`. */
export interface AlibabaWdkSkuStoreskuScrollQueryApiScrollPageResult {
  /** 门店商品总数 */
  total?: Int64;
  /** 游标 */
  scroll_id?: string;
  /** 页码数 */
  page_count?: Int64;
  /** 门店商品模型 */
  model_list?: AlibabaWdkSkuStoreskuScrollQueryWdkOpenMerchantStoreSkuDo[];
  /** 错误信息 */
  err_msg?: string;
  /** 错误码 */
  err_code?: string;
  /** 每页条目数 */
  page_size?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 页码索引 */
  page_index?: Int64;
}

/** `WdkOpenMerchantStoreSkuDo` of `alibaba.wdk.sku.storesku.scroll.query`. */
export interface AlibabaWdkSkuStoreskuScrollQueryWdkOpenMerchantStoreSkuDo {
  /** 商家编码 */
  merchant_code?: string;
  /** 经营店ID */
  store_id?: string;
  /** 供应商code */
  supplier_no?: string;
  /** 商品编码 */
  sku_code?: string;
  /** 商品名称 */
  sku_name?: string;
  /** 商品简称 */
  short_title?: string;
  /** 商品状态；A-正常、T-暂时停购、C-淘汰出清、R-清退、D-删除封挡 */
  life_status?: string;
  /** 条码 */
  barcode?: string;
  /** 商品（渠道）价格 */
  sku_price?: Int64;
  /** 会员价 */
  member_price?: Int64;
  /** 业务类型 */
  business_type?: Int64;
  /** APP可售 */
  online_sale_flag?: Int64;
  /** 渠道类型 */
  channel_code?: Int64;
  /** 线上渠道店code */
  shop_id?: string;
  /** 商品销售单位对应的含量表达；APP展示重要字段，体现售卖单位中含有的商品数量，通常描述为“550g/份”等样式。填字符串。 */
  sale_spec?: string;
  /** 加工时间 */
  processing_time?: Int64;
  /** 是否测试商品 */
  test_flag?: Int64;
  /** 是否服务商品 */
  service_flag?: Int64;
  /** 标准类目编码 */
  back_cat_code?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
}

const REQUEST_SCHEMA = {
  store_id: 'String',
  scroll_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total: 'Number',
    scroll_id: 'String',
    page_count: 'Number',
    model_list: [
      {
        merchant_code: 'String',
        store_id: 'String',
        supplier_no: 'String',
        sku_code: 'String',
        sku_name: 'String',
        short_title: 'String',
        life_status: 'String',
        barcode: 'String',
        sku_price: 'Number',
        member_price: 'Number',
        business_type: 'Number',
        online_sale_flag: 'Number',
        channel_code: 'Number',
        shop_id: 'String',
        sale_spec: 'String',
        processing_time: 'Number',
        test_flag: 'Number',
        service_flag: 'Number',
        back_cat_code: 'String',
        gmt_create: 'Date',
        gmt_modified: 'Date',
      },
    ],
    err_msg: 'String',
    err_code: 'String',
    page_size: 'Number',
    success: 'Boolean',
    page_index: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.sku.storesku.scroll.query`: method, response root, request and response schemas. */
export const alibabaWdkSkuStoreskuScrollQueryOperation = {
  method: 'alibaba.wdk.sku.storesku.scroll.query',
  responseRoot: 'alibaba_wdk_sku_storesku_scroll_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店商品批量查询接口 — calls TOP method `alibaba.wdk.sku.storesku.scroll.query`.
 *
 * 提供门店商品批量查询接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSkuStoreskuScrollQuery(
  client: TopClient,
  request: AlibabaWdkSkuStoreskuScrollQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkSkuStoreskuScrollQueryResponse> {
  return client.call<AlibabaWdkSkuStoreskuScrollQueryResponse>(
    {
      method: 'alibaba.wdk.sku.storesku.scroll.query',
      responseRoot: 'alibaba_wdk_sku_storesku_scroll_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
