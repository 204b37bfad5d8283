// Generated from specs/tmallhk/tmall.traceplatform.awdc.info.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.traceplatform.awdc.info.upload` (AWDC提交溯源信息). */
export interface TmallTraceplatformAwdcInfoUploadRequest {
  /** 入参traceInfo */
  trace_info?: TmallTraceplatformAwdcInfoUploadAwdcInfoInput;
}

/** Response of `tmall.traceplatform.awdc.info.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallTraceplatformAwdcInfoUploadResponse {
  /** result */
  result?: TmallTraceplatformAwdcInfoUploadDataResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AwdcInfo` of `tmall.traceplatform.awdc.info.upload`. */
export interface TmallTraceplatformAwdcInfoUploadAwdcInfoInput {
  /** hrd info */
  hrd?: TmallTraceplatformAwdcInfoUploadAwdcHrdInput;
  /** 货品ID */
  item_id?: string;
  /** ngtc info */
  ngtc?: TmallTraceplatformAwdcInfoUploadAwdcNgtcInput;
  /** 订单号 */
  order_no?: string;
  /** 商品ID */
  product_id?: string;
  /** shipment */
  shipment?: TmallTraceplatformAwdcInfoUploadAwdcShipmentInput;
  /** 子订单号 */
  sub_order_no?: string;
  /** 溯源码 */
  trace_code?: string;
  /** 溯源码镭射时间 */
  trace_code_time?: DateInput;
}

/** `AwdcHrd` of `tmall.traceplatform.awdc.info.upload`. */
export interface TmallTraceplatformAwdcInfoUploadAwdcHrdInput {
  /** 参数extInfo */
  ext_info?: string | Record<string, unknown>;
  /** 参数in */
  in?: DateInput;
  /** 参数out */
  out?: DateInput;
  /** hrd证书信息 */
  report_info?: string;
  /** 参数reportNo */
  report_no?: string;
}

/** `AwdcNgtc` of `tmall.traceplatform.awdc.info.upload`. */
export interface TmallTraceplatformAwdcInfoUploadAwdcNgtcInput {
  /** 参数in */
  in?: DateInput;
  /** 参数out */
  out?: DateInput;
  /** 参数reportDate */
  report_date?: string;
  /** 参数reportNo */
  report_no?: string;
}

/** `AwdcShipment` of `tmall.traceplatform.awdc.info.upload`. */
export interface TmallTraceplatformAwdcInfoUploadAwdcShipmentInput {
  /** 到达城市 */
  arrival_city?: string;
  /** 抵港时间 */
  arrival_date?: DateInput;
  /** 起运城市 */
  departure_city?: string;
  /** 离港时间 */
  departure_date?: DateInput;
  /** 报关开始时间 */
  do_in?: DateInput;
  /** 报关单号 */
  do_number?: string;
  /** 报关结束时间 */
  do_out?: DateInput;
  /** 押运公司物流单号 */
  logistic_number?: string;
  /** 航班装运订单 */
  shipment_number?: string;
  /** 押运公司 */
  shipper?: string;
}

/** `DataResult` of `tmall.traceplatform.awdc.info.upload`. */
export interface TmallTraceplatformAwdcInfoUploadDataResult {
  /** 参数code */
  code?: string;
  /** 参数msg */
  msg?: string;
  /** 是否正常 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  trace_info: {
    hrd: {
      ext_info: 'Json',
      in: 'Date',
      out: 'Date',
      report_info: 'String',
      report_no: 'String',
    },
    item_id: 'String',
    ngtc: {
      in: 'Date',
      out: 'Date',
      report_date: 'String',
      report_no: 'String',
    },
    order_no: 'String',
    product_id: 'String',
    shipment: {
      arrival_city: 'String',
      arrival_date: 'Date',
      departure_city: 'String',
      departure_date: 'Date',
      do_in: 'Date',
      do_number: 'String',
      do_out: 'Date',
      logistic_number: 'String',
      shipment_number: 'String',
      shipper: 'String',
    },
    sub_order_no: 'String',
    trace_code: 'String',
    trace_code_time: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.traceplatform.awdc.info.upload`: method, response root, request and response schemas. */
export const tmallTraceplatformAwdcInfoUploadOperation = {
  method: 'tmall.traceplatform.awdc.info.upload',
  responseRoot: 'tmall_traceplatform_awdc_info_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * AWDC提交溯源信息 — calls TOP method `tmall.traceplatform.awdc.info.upload`.
 *
 * 天猫溯源-AWDC-上传溯源信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallTraceplatformAwdcInfoUpload(
  client: TopClient,
  request: TmallTraceplatformAwdcInfoUploadRequest = {},
  options?: CallOptions,
): Promise<TmallTraceplatformAwdcInfoUploadResponse> {
  return client.call<TmallTraceplatformAwdcInfoUploadResponse>(
    {
      method: 'tmall.traceplatform.awdc.info.upload',
      responseRoot: 'tmall_traceplatform_awdc_info_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
