// Generated from specs/itpolicy/taobao.alitrip.it.fare.batchdelete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.it.fare.batchdelete` (【国际机票自有政策】批量删除). */
export interface TaobaoAlitripItFareBatchdeleteRequest {
  /** json格式的字符串，扩展属性，预留 */
  extendAttributes?: string;
  /** 航空公司 */
  airline?: string;
  /** 到达城市 可传多个 AND关系 */
  arrCity?: string;
  /** 舱位 可传多个 或者的关系 */
  cabin?: string;
  /** 是否能够混舱 */
  canRt?: boolean;
  /** 到达城市 可传多个 AND关系 */
  depCity?: string;
  /** 最晚修改时间 */
  endModifyDate?: DateInput;
  /** 去程适用结束日期 */
  endRestrictGoDate?: DateInput;
  /** 文件编号 */
  fileCode?: string;
  /** 维护方式，可选值（UI：后台界面录入；EXCEL：后台excel批量导入；API：top接口添加） */
  operateSource?: string;
  /** 外部政策id */
  outId?: string;
  /** 最早修改时间 */
  startModifyDate?: DateInput;
  /** 去程适用开始日期 */
  startRestrictGoDate?: DateInput;
  /** 运价类型，1单程 2往返 */
  fareType?: Int64Input;
  /**
   * 0：未发布 1：已发布 2：已过期。不传的话，默认只能删除未发布和已过期的数据
   *
   * Max list size: 20
   */
  statusList?: string[];
}

/** Response of `taobao.alitrip.it.fare.batchdelete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripItFareBatchdeleteResponse {
  /** json格式的字符串，扩展属性，预留 */
  extend_attributes?: string;
  /** 任务id，可以根据任务id调用querytask查询执行结果 */
  task_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  extendAttributes: 'String',
  airline: 'String',
  arrCity: 'String',
  cabin: 'String',
  canRt: 'Boolean',
  depCity: 'String',
  endModifyDate: 'Date',
  endRestrictGoDate: 'Date',
  fileCode: 'String',
  operateSource: 'String',
  outId: 'String',
  startModifyDate: 'Date',
  startRestrictGoDate: 'Date',
  fareType: 'Number',
  statusList: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  extend_attributes: 'String',
  task_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.it.fare.batchdelete`: method, response root, request and response schemas. */
export const taobaoAlitripItFareBatchdeleteOperation = {
  method: 'taobao.alitrip.it.fare.batchdelete',
  responseRoot: 'alitrip_it_fare_batchdelete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【国际机票自有政策】批量删除 — calls TOP method `taobao.alitrip.it.fare.batchdelete`.
 *
 * 批量删除自有政策，单次删除最大5万，大于5万时候提示失败，需要缩小删除条件。此接口同步返回任务id，异步执行操作。每个接入方最多同时只能有10个处理中的任务，超过后直接返回失败。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripItFareBatchdelete(
  client: TopClient,
  request: TaobaoAlitripItFareBatchdeleteRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripItFareBatchdeleteResponse> {
  return client.call<TaobaoAlitripItFareBatchdeleteResponse>(
    {
      method: 'taobao.alitrip.it.fare.batchdelete',
      responseRoot: 'alitrip_it_fare_batchdelete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
