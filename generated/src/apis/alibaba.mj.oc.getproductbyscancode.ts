// Generated from specs/mos/alibaba.mj.oc.getproductbyscancode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mj.oc.getproductbyscancode` (POS商品查询接口). */
export interface AlibabaMjOcGetproductbyscancodeRequest {
  /**
   * 码, 对应的信息可能是款号，也有可能是具体的某一个商品
   *
   * Max length: 200
   */
  code: string;
  /** 条码/二维码/rfid(电子标签),货号、条码、零售+唯一码;ARTNO、BARCODE、UNIQUECODE */
  code_type: string;
  /** 专柜编码 */
  shop_code: string;
  /** 门店编码 */
  store_code: string;
}

/** Response of `alibaba.mj.oc.getproductbyscancode`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMjOcGetproductbyscancodeResponse {
  /** data */
  product_list?: AlibabaMjOcGetproductbyscancodeScanProduct[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ScanProduct` of `alibaba.mj.oc.getproductbyscancode`. */
export interface AlibabaMjOcGetproductbyscancodeScanProduct {
  /** 货号 */
  art_no?: string;
  /** 条码 */
  bar_code?: string;
  /** 集团专柜编码 */
  group_shop_code?: string;
  /** 收银编码 */
  intime_codes?: string;
  /** 商品名称 */
  name?: string;
  /** 销售价 */
  price?: string;
  /** 销售属性 */
  sale_propertys?: AlibabaMjOcGetproductbyscancodeSaleProperty[];
  /** 专柜Code */
  shop_code?: string;
  /** 商品Id */
  sku_id?: string;
  /** 商品来源 */
  source_type?: string;
  /** 商品来源 */
  store_code?: string;
  /** 吊牌价 */
  tag_price?: string;
  /** 默认收银编码 */
  default_intime_code?: string;
  /** 唯一码 */
  unique_code?: string;
  /** 商品标签 */
  tag?: string;
}

/** `SaleProperty` of `alibaba.mj.oc.getproductbyscancode`. */
export interface AlibabaMjOcGetproductbyscancodeSaleProperty {
  /** 属性Id */
  p_id?: string;
  /** 属性名称 */
  p_name?: string;
  /** 属性值Id */
  v_id?: string;
  /** 属性值名称 */
  v_name?: string;
}

const REQUEST_SCHEMA = {
  code: 'String',
  code_type: 'String',
  shop_code: 'String',
  store_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  product_list: [
    {
      art_no: 'String',
      bar_code: 'String',
      group_shop_code: 'String',
      intime_codes: 'String',
      name: 'String',
      price: 'String',
      sale_propertys: [
        {
          p_id: 'String',
          p_name: 'String',
          v_id: 'String',
          v_name: 'String',
        },
      ],
      shop_code: 'String',
      sku_id: 'String',
      source_type: 'String',
      store_code: 'String',
      tag_price: 'String',
      default_intime_code: 'String',
      unique_code: 'String',
      tag: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mj.oc.getproductbyscancode`: method, response root, request and response schemas. */
export const alibabaMjOcGetproductbyscancodeOperation = {
  method: 'alibaba.mj.oc.getproductbyscancode',
  responseRoot: 'alibaba_mj_oc_getproductbyscancode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * POS商品查询接口 — calls TOP method `alibaba.mj.oc.getproductbyscancode`.
 *
 * 此API用于在银泰商场中，POS端扫码获取商品信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMjOcGetproductbyscancode(
  client: TopClient,
  request: AlibabaMjOcGetproductbyscancodeRequest,
  options?: CallOptions,
): Promise<AlibabaMjOcGetproductbyscancodeResponse> {
  return client.call<AlibabaMjOcGetproductbyscancodeResponse>(
    {
      method: 'alibaba.mj.oc.getproductbyscancode',
      responseRoot: 'alibaba_mj_oc_getproductbyscancode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
