// Generated from specs/campus/alibaba.campus.guard.timeperiod.listdatetemplate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.guard.timeperiod.listdatetemplate` (门禁控制器查询日期模版). */
export interface AlibabaCampusGuardTimeperiodListdatetemplateRequest {
  /** 参数 */
  calender_template_query?: AlibabaCampusGuardTimeperiodListdatetemplateCalenderTemplateQueryInput;
}

/** Response of `alibaba.campus.guard.timeperiod.listdatetemplate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusGuardTimeperiodListdatetemplateResponse {
  /** 结果 */
  result?: AlibabaCampusGuardTimeperiodListdatetemplatePojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CalenderTemplateQuery` of `alibaba.campus.guard.timeperiod.listdatetemplate`. */
export interface AlibabaCampusGuardTimeperiodListdatetemplateCalenderTemplateQueryInput {
  /** 日历模版id集合 */
  template_id_list?: Int64Input[];
  /** 序列号 */
  sn_no: string;
}

/** `PojoResult` of `alibaba.campus.guard.timeperiod.listdatetemplate`. */
export interface AlibabaCampusGuardTimeperiodListdatetemplatePojoResult {
  /** 错误信息 */
  api_error_msg?: string;
  /** 是否成功 */
  api_success?: boolean;
  /** 错误码 */
  api_error_code?: string;
  /** 结果内容 */
  content?: AlibabaCampusGuardTimeperiodListdatetemplateCalendarTemplateDTO[];
}

/** `CalendarTemplateDTO` of `alibaba.campus.guard.timeperiod.listdatetemplate`. */
export interface AlibabaCampusGuardTimeperiodListdatetemplateCalendarTemplateDTO {
  /** 日期名称 */
  name?: string;
  /** 时期集合 */
  date_list?: string[];
  /** 日期ID */
  template_id?: Int64;
}

const REQUEST_SCHEMA = {
  calender_template_query: {
    template_id_list: ['Number'],
    sn_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    api_error_msg: 'String',
    api_success: 'Boolean',
    api_error_code: 'String',
    content: [
      {
        name: 'String',
        date_list: ['Date'],
        template_id: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.guard.timeperiod.listdatetemplate`: method, response root, request and response schemas. */
export const alibabaCampusGuardTimeperiodListdatetemplateOperation = {
  method: 'alibaba.campus.guard.timeperiod.listdatetemplate',
  responseRoot: 'alibaba_campus_guard_timeperiod_listdatetemplate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门禁控制器查询日期模版 — calls TOP method `alibaba.campus.guard.timeperiod.listdatetemplate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusGuardTimeperiodListdatetemplate(
  client: TopClient,
  request: AlibabaCampusGuardTimeperiodListdatetemplateRequest = {},
  options?: CallOptions,
): Promise<AlibabaCampusGuardTimeperiodListdatetemplateResponse> {
  return client.call<AlibabaCampusGuardTimeperiodListdatetemplateResponse>(
    {
      method: 'alibaba.campus.guard.timeperiod.listdatetemplate',
      responseRoot: 'alibaba_campus_guard_timeperiod_listdatetemplate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
