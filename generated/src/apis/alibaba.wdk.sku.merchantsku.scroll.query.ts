// Generated from specs/wdk/alibaba.wdk.sku.merchantsku.scroll.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.sku.merchantsku.scroll.query` (商家商品批量查询接口). */
export interface AlibabaWdkSkuMerchantskuScrollQueryRequest {
  /** HM */
  org_no?: string;
  /** 第一次为null，后面从结果中获取 */
  scroll_id?: string;
}

/** Response of `alibaba.wdk.sku.merchantsku.scroll.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSkuMerchantskuScrollQueryResponse {
  /** 请求结果对象 */
  result?: AlibabaWdkSkuMerchantskuScrollQueryApiScrollPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiScrollPageResult` of `alibaba.wdk.sku.merchantsku.scroll.query`. */
export interface AlibabaWdkSkuMerchantskuScrollQueryApiScrollPageResult {
  /** 条目总数 */
  total?: Int64;
  /** 第一次调用会返回scroll_id 但并不包含数据，后续每次都必须指定上一次返回scroll_id，并且后续搜索结果中都会返回scroll_id及对应匹配的数据，后续查询该参数必填 */
  scroll_id?: string;
  /** 结果页数 */
  page_count?: Int64;
  /** 商品主档对象 */
  model_list?: AlibabaWdkSkuMerchantskuScrollQueryWdkOpenMerchantSkuDo[];
  /** 错误信息 */
  err_msg?: string;
  /** 错误码 */
  err_code?: string;
  /** 分页大小 */
  page_size?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 当前页码 */
  page_index?: Int64;
}

/** `WdkOpenMerchantSkuDo` of `alibaba.wdk.sku.merchantsku.scroll.query`. */
export interface AlibabaWdkSkuMerchantskuScrollQueryWdkOpenMerchantSkuDo {
  /** 商家编码 */
  merchant_code?: string;
  /** 机构编码 */
  orgainza_no?: string;
  /** 商品编码 */
  sku_code?: string;
  /** 商品名称 */
  sku_name?: string;
  /** 商品简称 */
  short_title?: string;
  /** 条码 */
  barcodes?: string[];
  /** 商品生命周期状态(A-正常、T-暂时停购、C-淘汰出清、R-清退、D-删除封挡) */
  life_status?: string;
  /** 平台类目编码 */
  back_cat_code?: string;
  /** 商家类目编码 */
  retailer_cat_code?: string;
  /** 商品经营方式(1001-普通商品， 2001-加工成品，2002-加工半成品，3001-原材料，4001-耗材，6001-组合商品) */
  item_type?: Int64;
  /** 商品销项税率 */
  invoice_content?: string;
  /** 是否可售: 1 - 可售， 0 - 不可售 */
  sale_flag?: Int64;
  /** 税率 */
  tax_rate?: string;
  /** 是否加工商品 */
  hangdling_flag?: Int64;
  /** 存货性质（此字段一经录入不能修改）；此字段可传：原材料、办公品、服务项目、成品、半成品。与是否加工字段组合成商品类型字段。商品类型有5种：耗材、原材料、加工半成品、加工产成品、普通商品。若存货性质是成品，是否加工为是，则商品类型为“加工产成品”；若存货性质是成品，是否加工为否，则商品类型为“普通商品”；若存货性质是半成品，是否加工为是，则商品性质为“加工半成品” */
  goods_nature?: Int64;
  /** 建议零售价 */
  suggested_price?: Int64;
  /** 品牌编码 */
  brand_code?: string;
  /** 供应商code */
  supplier_no?: string;
  /** 生产商名称 */
  producer_name?: string;
  /** 生产商地址 */
  producer_address?: string;
  /** 产品标准号 */
  product_code?: string;
  /** 厂方货号 */
  factory_no?: string;
  /** 成份 */
  component?: string;
  /** 销售规格描述 */
  sale_spec?: string;
  /** 售卖单位 */
  sale_unit?: string;
  /** 净含量 */
  content?: string;
  /** 是否APP可售 */
  allow_app_sale?: Int64;
  /** 是否大件 */
  big_flag?: Int64;
  /** 是否称重 */
  weight_flag?: Int64;
  /** 是否进口 */
  import_flag?: Int64;
  /** 存储条件；填常温、冷藏、冷冻、热链、鲜活 */
  storage?: string;
  /** 保质天数 */
  period?: Int64;
  /** 淘鲜达产地库中的值；国内产地传值格式：中国|省|市。若不能确定产地，可以传“见产品外包装”（按商家支持，需要提前通知技术配置）。国外产地只需要传国家名 */
  producer_place?: string;
  /** 重量（单位统一为g）。称重品（weight_flag为1）该字段不填。 */
  weight?: Int64;
  /** 长度(深) */
  length?: string;
  /** 宽度（宽） */
  width?: string;
  /** 高度（高） */
  height?: string;
  /** 主图链接 */
  pic_url?: string;
  /** 商品其他图片 */
  sku_pic_urls?: string;
  /** 商品图文详情 */
  rich_txt_tfs?: string;
  /** 商品卖点 */
  sub_title?: string;
  /** 卖点一名称 */
  title1?: string;
  /** 卖点一内容 */
  subtitle1?: string;
  /** 卖点二名称 */
  title2?: string;
  /** 卖点二内容 */
  subtitle2?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 品牌名称 */
  brand_name?: string;
}

const REQUEST_SCHEMA = {
  org_no: 'String',
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
        orgainza_no: 'String',
        sku_code: 'String',
        sku_name: 'String',
        short_title: 'String',
        barcodes: ['String'],
        life_status: 'String',
        back_cat_code: 'String',
        retailer_cat_code: 'String',
        item_type: 'Number',
        invoice_content: 'String',
        sale_flag: 'Number',
        tax_rate: 'String',
        hangdling_flag: 'Number',
        goods_nature: 'Number',
        suggested_price: 'Number',
        brand_code: 'String',
        supplier_no: 'String',
        producer_name: 'String',
        producer_address: 'String',
        product_code: 'String',
        factory_no: 'String',
        component: 'String',
        sale_spec: 'String',
        sale_unit: 'String',
        content: 'String',
        allow_app_sale: 'Number',
        big_flag: 'Number',
        weight_flag: 'Number',
        import_flag: 'Number',
        storage: 'String',
        period: 'Number',
        producer_place: 'String',
        weight: 'Number',
        length: 'String',
        width: 'String',
        height: 'String',
        pic_url: 'String',
        sku_pic_urls: 'String',
        rich_txt_tfs: 'String',
        sub_title: 'String',
        title1: 'String',
        subtitle1: 'String',
        title2: 'String',
        subtitle2: 'String',
        gmt_create: 'Date',
        gmt_modified: 'Date',
        brand_name: 'String',
      },
    ],
    err_msg: 'String',
    err_code: 'String',
    page_size: 'Number',
    success: 'Boolean',
    page_index: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.sku.merchantsku.scroll.query`: method, response root, request and response schemas. */
export const alibabaWdkSkuMerchantskuScrollQueryOperation = {
  method: 'alibaba.wdk.sku.merchantsku.scroll.query',
  responseRoot: 'alibaba_wdk_sku_merchantsku_scroll_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家商品批量查询接口 — calls TOP method `alibaba.wdk.sku.merchantsku.scroll.query`.
 *
 * 提供主档商品数据接口查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSkuMerchantskuScrollQuery(
  client: TopClient,
  request: AlibabaWdkSkuMerchantskuScrollQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkSkuMerchantskuScrollQueryResponse> {
  return client.call<AlibabaWdkSkuMerchantskuScrollQueryResponse>(
    {
      method: 'alibaba.wdk.sku.merchantsku.scroll.query',
      responseRoot: 'alibaba_wdk_sku_merchantsku_scroll_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
