// Generated from specs/dt/alibaba.nrs.item.rtdata.backflow.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.nrs.item.rtdata.backflow` (RT竞价数据回流). */
export interface AlibabaNrsItemRtdataBackflowRequest {
  /** 入参 */
  rt_item_price_tag_back_param?: AlibabaNrsItemRtdataBackflowRtItemPriceTagBackParamInput;
}

/** Response of `alibaba.nrs.item.rtdata.backflow`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaNrsItemRtdataBackflowResponse {
  /** 出参 */
  result?: AlibabaNrsItemRtdataBackflowNrsResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RtItemPriceTagBackParam` of `alibaba.nrs.item.rtdata.backflow`. */
export interface AlibabaNrsItemRtdataBackflowRtItemPriceTagBackParamInput {
  /** 数据列表 */
  price_tag_param_list?: AlibabaNrsItemRtdataBackflowRtItemResearchPriceParamInput[];
  /** 业务编码 */
  busi_code?: string;
  /** 业务来源 */
  source?: string;
}

/** `RtItemResearchPriceParam` of `alibaba.nrs.item.rtdata.backflow`. */
export interface AlibabaNrsItemRtdataBackflowRtItemResearchPriceParamInput {
  /** 流水号 */
  serial_no?: string;
  /** 业务来源 */
  source?: string;
  /** 扩展字段 */
  ext_map?: string;
  /** 门店名称 */
  store_name?: string;
  /** 门店Id */
  store_id?: Int64Input;
  /** 区域名称 */
  area_name?: string;
  /** 区域id */
  area_id?: Int64Input;
  /** 原产地 */
  origin_place?: string;
  /** 优惠结束时间 */
  promotion_end_time?: DateInput;
  /** 优惠开始时间 */
  promotion_start_time?: DateInput;
  /** 规格描述 */
  spec_desc?: string;
  /** 优惠描述 */
  promotion_desc?: string;
  /** 优惠类型 */
  promotion_type?: Int64Input;
  /** 是否促销 */
  in_promotion?: Int64Input;
  /** 促销价 */
  promotion_price?: Int64Input;
  /** 条码 */
  bar_code?: string;
  /** 正常价格 */
  sale_price?: Int64Input;
  /** 品牌 */
  brand_name?: string;
  /** 品名 */
  title?: string;
  /** rt货号 */
  rt_item_no?: string;
}

/** `NrsResult` of `alibaba.nrs.item.rtdata.backflow`. */
export interface AlibabaNrsItemRtdataBackflowNrsResult {
  /** 返回结果数据 */
  data?: boolean;
  /** 接口成功失败标志 */
  success?: boolean;
  /** 错误编码 */
  err_code?: string;
  /** 错误描述 */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  rt_item_price_tag_back_param: {
    price_tag_param_list: [
      {
        serial_no: 'String',
        source: 'String',
        ext_map: 'String',
        store_name: 'String',
        store_id: 'Number',
        area_name: 'String',
        area_id: 'Number',
        origin_place: 'String',
        promotion_end_time: 'Date',
        promotion_start_time: 'Date',
        spec_desc: 'String',
        promotion_desc: 'String',
        promotion_type: 'Number',
        in_promotion: 'Number',
        promotion_price: 'Number',
        bar_code: 'String',
        sale_price: 'Number',
        brand_name: 'String',
        title: 'String',
        rt_item_no: 'String',
      },
    ],
    busi_code: 'String',
    source: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    success: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.nrs.item.rtdata.backflow`: method, response root, request and response schemas. */
export const alibabaNrsItemRtdataBackflowOperation = {
  method: 'alibaba.nrs.item.rtdata.backflow',
  responseRoot: 'alibaba_nrs_item_rtdata_backflow_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * RT竞价数据回流 — calls TOP method `alibaba.nrs.item.rtdata.backflow`.
 *
 * 回流竞品价格数据，用与后续OCR识别价签数据，做精确化数据纠正
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaNrsItemRtdataBackflow(
  client: TopClient,
  request: AlibabaNrsItemRtdataBackflowRequest = {},
  options?: CallOptions,
): Promise<AlibabaNrsItemRtdataBackflowResponse> {
  return client.call<AlibabaNrsItemRtdataBackflowResponse>(
    {
      method: 'alibaba.nrs.item.rtdata.backflow',
      responseRoot: 'alibaba_nrs_item_rtdata_backflow_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
