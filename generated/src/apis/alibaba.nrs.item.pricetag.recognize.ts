// Generated from specs/dt/alibaba.nrs.item.pricetag.recognize.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `alibaba.nrs.item.pricetag.recognize` (价签识别). */
export interface AlibabaNrsItemPricetagRecognizeRequest {
  /** 价签识别参数 */
  price_tag_param?: AlibabaNrsItemPricetagRecognizePriceTagReqParamInput;
  /** 图片数据 */
  img_byte_arr?: TopFile;
}

/** Response of `alibaba.nrs.item.pricetag.recognize`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaNrsItemPricetagRecognizeResponse {
  /** 出参 */
  nrs_result?: AlibabaNrsItemPricetagRecognizeNrsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PriceTagReqParam` of `alibaba.nrs.item.pricetag.recognize`. */
export interface AlibabaNrsItemPricetagRecognizePriceTagReqParamInput {
  /** 图片名称，不能重复 */
  obj_key_name?: string;
  /** 业务编码 */
  busi_code?: string;
  /** 业务来源 */
  source?: string;
  /** 条码 */
  bar_code?: string;
  /** 扩展信息 */
  extend_info_map?: string;
}

/** `NrsResult` of `alibaba.nrs.item.pricetag.recognize`. */
export interface AlibabaNrsItemPricetagRecognizeNrsResult {
  /** 返回数据 */
  data?: AlibabaNrsItemPricetagRecognizeRecongnizeItemInfo;
  /** 接口调用标志 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
}

/** `RecongnizeItemInfo` of `alibaba.nrs.item.pricetag.recognize`. */
export interface AlibabaNrsItemPricetagRecognizeRecongnizeItemInfo {
  /** 原产地 */
  origin_place?: string;
  /** 扩展信息 */
  ext_map?: string;
  /** 优惠结束时间 */
  promotion_end_time?: string;
  /** 优惠开始时间 */
  promotion_start_time?: string;
  /** 规格描述 */
  spec_desc?: string;
  /** rt货号 */
  rt_item_no?: string;
  /** 优惠描述 */
  promotion_desc?: string;
  /** 促销类型 */
  promotion_type?: Int64;
  /** 是否促销中 */
  in_promotion?: boolean;
  /** 促销价 */
  promotion_price?: Int64;
  /** 销售价 */
  sale_price?: Int64;
  /** 品牌 */
  brand_name?: string;
  /** 品名 */
  title?: string;
  /** 条码 */
  bar_code?: string;
  /** 流水号 */
  serial_no?: string;
}

const REQUEST_SCHEMA = {
  price_tag_param: {
    obj_key_name: 'String',
    busi_code: 'String',
    source: 'String',
    bar_code: 'String',
    extend_info_map: 'String',
  },
  img_byte_arr: 'byte[]',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  nrs_result: {
    data: {
      origin_place: 'String',
      ext_map: 'String',
      promotion_end_time: 'String',
      promotion_start_time: 'String',
      spec_desc: 'String',
      rt_item_no: 'String',
      promotion_desc: 'String',
      promotion_type: 'Number',
      in_promotion: 'Boolean',
      promotion_price: 'Number',
      sale_price: 'Number',
      brand_name: 'String',
      title: 'String',
      bar_code: 'String',
      serial_no: 'String',
    },
    success: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.nrs.item.pricetag.recognize`: method, response root, request and response schemas. */
export const alibabaNrsItemPricetagRecognizeOperation = {
  method: 'alibaba.nrs.item.pricetag.recognize',
  responseRoot: 'alibaba_nrs_item_pricetag_recognize_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 价签识别 — calls TOP method `alibaba.nrs.item.pricetag.recognize`.
 *
 * 商品价签识别，用于识别RT上传的竞品分析照片，返回价签内容
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaNrsItemPricetagRecognize(
  client: TopClient,
  request: AlibabaNrsItemPricetagRecognizeRequest = {},
  options?: CallOptions,
): Promise<AlibabaNrsItemPricetagRecognizeResponse> {
  return client.call<AlibabaNrsItemPricetagRecognizeResponse>(
    {
      method: 'alibaba.nrs.item.pricetag.recognize',
      responseRoot: 'alibaba_nrs_item_pricetag_recognize_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
