// Generated from specs/tmallhk/tmall.traceplatform.cts.info.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.traceplatform.cts.info.upload` (CTS提交溯源信息). */
export interface TmallTraceplatformCtsInfoUploadRequest {
  /** 入参traceInfo */
  trace_info?: TmallTraceplatformCtsInfoUploadCtsInfoInput;
}

/** Response of `tmall.traceplatform.cts.info.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallTraceplatformCtsInfoUploadResponse {
  /** result */
  result?: TmallTraceplatformCtsInfoUploadDataResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CtsInfo` of `tmall.traceplatform.cts.info.upload`. */
export interface TmallTraceplatformCtsInfoUploadCtsInfoInput {
  /** 托运 */
  carriage?: TmallTraceplatformCtsInfoUploadCtsCarriageInput;
  /** 成品证书 */
  completed_ngtc?: TmallTraceplatformCtsInfoUploadCtsNgtcInput;
  /** 国内物流 */
  delivery?: TmallTraceplatformCtsInfoUploadCtsDeliveryInput;
  /** 裸钻证书 */
  diamond_ngtc?: TmallTraceplatformCtsInfoUploadCtsNgtcInput;
  /** 货品ID */
  item_id?: string;
  /** 订单号 */
  order_no?: string;
  /** 商品ID */
  product_id?: string;
  /** 戒托信息 */
  ring?: TmallTraceplatformCtsInfoUploadCtsRingInput;
  /** 国内报关 */
  shipment?: TmallTraceplatformCtsInfoUploadCtsShipmentInput;
  /** 子订单号 */
  sub_order_no?: string;
  /** 溯源码 */
  trace_code?: string;
}

/** `CtsCarriage` of `tmall.traceplatform.cts.info.upload`. */
export interface TmallTraceplatformCtsInfoUploadCtsCarriageInput {
  /** 托运开始时间 */
  begin?: DateInput;
  /** 托运单号 */
  carriage_no?: string;
  /** 托运公司名称 */
  company_name?: string;
  /** 托运结束时间 */
  end?: DateInput;
}

/** `CtsNgtc` of `tmall.traceplatform.cts.info.upload`. */
export interface TmallTraceplatformCtsInfoUploadCtsNgtcInput {
  /** ngtc证书编号 */
  report_no?: string;
  /** ngtc证书防伪码 */
  report_verify_no?: string;
}

/** `CtsDelivery` of `tmall.traceplatform.cts.info.upload`. */
export interface TmallTraceplatformCtsInfoUploadCtsDeliveryInput {
  /** 快递公司名称 */
  company_name?: string;
  /** 快递单号 */
  delivery_no?: string;
  /** 发件时间 */
  delivery_time?: DateInput;
}

/** `CtsRing` of `tmall.traceplatform.cts.info.upload`. */
export interface TmallTraceplatformCtsInfoUploadCtsRingInput {
  /** 成品生产完成时间 */
  completed_time?: DateInput;
  /** 额外信息 */
  ext_info?: string | Record<string, unknown>;
  /** 戒托货品ID */
  item_id?: string;
  /** 戒托镶嵌完成时间 */
  mount_time?: DateInput;
  /** 戒托订单号 */
  order_no?: string;
  /** 戒托商品Id */
  product_id?: string;
  /** 戒托生产完成时间 */
  ring_time?: DateInput;
  /** 戒托子订单号 */
  sub_order_no?: string;
}

/** `CtsShipment` of `tmall.traceplatform.cts.info.upload`. */
export interface TmallTraceplatformCtsInfoUploadCtsShipmentInput {
  /** 报关开始时间 */
  begin?: DateInput;
  /** 报关结束时间 */
  end?: DateInput;
  /** 报关单号 */
  shipment_no?: string;
}

/** `DataResult` of `tmall.traceplatform.cts.info.upload`. */
export interface TmallTraceplatformCtsInfoUploadDataResult {
  /** 参数code */
  code?: string;
  /** 参数msg */
  msg?: string;
  /** 是否正常 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  trace_info: {
    carriage: {
      begin: 'Date',
      carriage_no: 'String',
      company_name: 'String',
      end: 'Date',
    },
    completed_ngtc: {
      report_no: 'String',
      report_verify_no: 'String',
    },
    delivery: {
      company_name: 'String',
      delivery_no: 'String',
      delivery_time: 'Date',
    },
    diamond_ngtc: {
      report_no: 'String',
      report_verify_no: 'String',
    },
    item_id: 'String',
    order_no: 'String',
    product_id: 'String',
    ring: {
      completed_time: 'Date',
      ext_info: 'Json',
      item_id: 'String',
      mount_time: 'Date',
      order_no: 'String',
      product_id: 'String',
      ring_time: 'Date',
      sub_order_no: 'String',
    },
    shipment: {
      begin: 'Date',
      end: 'Date',
      shipment_no: 'String',
    },
    sub_order_no: 'String',
    trace_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.traceplatform.cts.info.upload`: method, response root, request and response schemas. */
export const tmallTraceplatformCtsInfoUploadOperation = {
  method: 'tmall.traceplatform.cts.info.upload',
  responseRoot: 'tmall_traceplatform_cts_info_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * CTS提交溯源信息 — calls TOP method `tmall.traceplatform.cts.info.upload`.
 *
 * cts上传溯源信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallTraceplatformCtsInfoUpload(
  client: TopClient,
  request: TmallTraceplatformCtsInfoUploadRequest = {},
  options?: CallOptions,
): Promise<TmallTraceplatformCtsInfoUploadResponse> {
  return client.call<TmallTraceplatformCtsInfoUploadResponse>(
    {
      method: 'tmall.traceplatform.cts.info.upload',
      responseRoot: 'tmall_traceplatform_cts_info_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
