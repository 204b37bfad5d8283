// Generated from specs/qimen/taobao.qimen.wavenum.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.wavenum.report` (发货单波次通知接口). */
export interface TaobaoQimenWavenumReportRequest {
  request?: TaobaoQimenWavenumReportWaveNumReportRequestInput;
}

/** Response of `taobao.qimen.wavenum.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenWavenumReportResponse {
  response?: TaobaoQimenWavenumReportResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WaveNumReportRequest` of `taobao.qimen.wavenum.report`. */
export interface TaobaoQimenWavenumReportWaveNumReportRequestInput {
  /** 波次号 */
  waveNum: string;
  /** 发货单号 */
  orders?: TaobaoQimenWavenumReportOrderInput[];
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
}

/** `Order` of `taobao.qimen.wavenum.report`. */
export interface TaobaoQimenWavenumReportOrderInput {
  /** 出库单号 */
  deliveryOrderCode: string;
  /** 出库单仓储系统编码 */
  deliveryOrderId?: string;
  /** 波次中的次序号 */
  num?: string;
}

/** `Response` of `taobao.qimen.wavenum.report`. */
export interface TaobaoQimenWavenumReportResponse2 {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  request: {
    waveNum: 'String',
    orders: [
      {
        deliveryOrderCode: 'String',
        deliveryOrderId: 'String',
        num: 'String',
      },
    ],
    extendProps: 'Json',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.wavenum.report`: method, response root, request and response schemas. */
export const taobaoQimenWavenumReportOperation = {
  method: 'taobao.qimen.wavenum.report',
  responseRoot: 'qimen_wavenum_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发货单波次通知接口 — calls TOP method `taobao.qimen.wavenum.report`.
 *
 * WMS调用奇门的接口,该接口用来给ERP或者OMS回传波次号及对应的发货单号，以支持商家货票同行、波次内包裹的处理等需求
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenWavenumReport(
  client: TopClient,
  request: TaobaoQimenWavenumReportRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenWavenumReportResponse> {
  return client.call<TaobaoQimenWavenumReportResponse>(
    {
      method: 'taobao.qimen.wavenum.report',
      responseRoot: 'qimen_wavenum_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
