// Generated from specs/wdk/alibaba.wdk.sku.scroll.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.sku.scroll.query` (门店商品批量游标方式查询接口). */
export interface AlibabaWdkSkuScrollQueryRequest {
  /** 商家类目编码 */
  merchant_cat_code?: string;
  /** 门店编码 */
  ou_code?: string;
  /** 游标：第一次请求不用填写，否则请填写上一次请求返回的值，直到获取到足够的数据 */
  scroll_id?: string;
  /** 英文逗号分隔的商品编码，最多20个。如果配合门店字段使用，直接非游标方式返回商品数据 */
  sku_codes?: string;
}

/** Response of `alibaba.wdk.sku.scroll.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSkuScrollQueryResponse {
  /** 返回结果 */
  result?: AlibabaWdkSkuScrollQueryApiScrollPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiScrollPageResult` of `alibaba.wdk.sku.scroll.query`. */
export interface AlibabaWdkSkuScrollQueryApiScrollPageResult {
  /** 商品商量总页数：分页大小20 */
  page_count?: Int64;
  /** 商品总数 */
  total?: Int64;
  /** 是否调用成功 */
  success?: boolean;
  /** 异常信息编码 */
  err_code?: string;
  /** 异常信息 */
  err_msg?: string;
  /** 分页大小 */
  page_size?: Int64;
  /** 返回的结果集 */
  model_list?: AlibabaWdkSkuScrollQueryModelList[];
  /** 游标：作为下一次请求数据的参数 */
  scroll_id?: string;
}

/** `ModelList` of `alibaba.wdk.sku.scroll.query`. */
export interface AlibabaWdkSkuScrollQueryModelList {
  /** 商品编码 */
  sku_code?: string;
  /** 商品名称 */
  sku_name?: string;
  /** 商品在机构内的生命周期，商品状态；A-正常、T-暂时停购、C-淘汰出清、R-清退、D-删除封挡 */
  life_status?: string;
  /** 条码：多个条码用英文逗号分割 */
  barcodes?: string;
  /** 价格：单位元 */
  sale_price?: string;
  /** 会员价：单位元 */
  member_price?: string;
  /** 售卖单位 */
  sale_unit?: string;
  /** 是否称重品：1称重品0非称重品 */
  weight_flag?: string;
  /** 商家类目编码 */
  merchant_cat_code?: string;
  /** 子公司编码 */
  org_no?: string;
  /** 门店编码 */
  ou_code?: string;
  /** 渠道店编码 */
  shop_id?: string;
  /** 渠道店类型：4淘宝 */
  channel_codes?: string;
  /** 税收编码(查询返回使用) */
  tax_class_no?: string;
  /** 业务类型 1：盒饭 2：生鲜 */
  business_type?: Int64;
  /** 是否测试商品 */
  test_flag?: Int64;
  /** 是否服务商品 */
  service_flag?: Int64;
  /** 修改时间 */
  modified_time?: string;
  /** 商家编码 */
  merchant_code?: string;
  /** 默认供应商 */
  supplier_no?: string;
  /** 短标题 */
  short_title?: string;
  /** 是否线上可售 是 0：否 1：是 */
  online_sale_flag?: Int64;
  /** 销售规格描述 */
  sale_spec?: string;
  /** 加工时间 单位：分钟 */
  processing_time?: Int64;
  /** 后台平台类目编码 */
  back_cat_code?: string;
  /** 进项税率 */
  input_tax_rate?: string;
  /** 销项税率 */
  tax_rate?: string;
  /** 品牌名称 */
  brand_name?: string;
  /** 品牌编码 */
  brand_code?: string;
  /** 保质期天数，商品的保质期（单位：天）,0表示没有保质期 */
  shelf_life?: string;
}

const REQUEST_SCHEMA = {
  merchant_cat_code: 'String',
  ou_code: 'String',
  scroll_id: 'String',
  sku_codes: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    page_count: 'Number',
    total: 'Number',
    success: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
    page_size: 'Number',
    model_list: [
      {
        sku_code: 'String',
        sku_name: 'String',
        life_status: 'String',
        barcodes: 'String',
        sale_price: 'String',
        member_price: 'String',
        sale_unit: 'String',
        weight_flag: 'String',
        merchant_cat_code: 'String',
        org_no: 'String',
        ou_code: 'String',
        shop_id: 'String',
        channel_codes: 'String',
        tax_class_no: 'String',
        business_type: 'Number',
        test_flag: 'Number',
        service_flag: 'Number',
        modified_time: 'String',
        merchant_code: 'String',
        supplier_no: 'String',
        short_title: 'String',
        online_sale_flag: 'Number',
        sale_spec: 'String',
        processing_time: 'Number',
        back_cat_code: 'String',
        input_tax_rate: 'String',
        tax_rate: 'String',
        brand_name: 'String',
        brand_code: 'String',
        shelf_life: 'String',
      },
    ],
    scroll_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.sku.scroll.query`: method, response root, request and response schemas. */
export const alibabaWdkSkuScrollQueryOperation = {
  method: 'alibaba.wdk.sku.scroll.query',
  responseRoot: 'alibaba_wdk_sku_scroll_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店商品批量游标方式查询接口 — calls TOP method `alibaba.wdk.sku.scroll.query`.
 *
 * 通过游标方式批量获取门店商品信息，包括商品条码，商品名称，价格，会员价等信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSkuScrollQuery(
  client: TopClient,
  request: AlibabaWdkSkuScrollQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkSkuScrollQueryResponse> {
  return client.call<AlibabaWdkSkuScrollQueryResponse>(
    {
      method: 'alibaba.wdk.sku.scroll.query',
      responseRoot: 'alibaba_wdk_sku_scroll_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
