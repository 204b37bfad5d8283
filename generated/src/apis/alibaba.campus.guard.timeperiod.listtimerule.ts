// Generated from specs/campus/alibaba.campus.guard.timeperiod.listtimerule.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.guard.timeperiod.listtimerule` (门禁控制器查询时间规则). */
export interface AlibabaCampusGuardTimeperiodListtimeruleRequest {
  /** 时间规则查询条件参数 */
  time_period_query: AlibabaCampusGuardTimeperiodListtimeruleTimePeriodQueryInput;
}

/** Response of `alibaba.campus.guard.timeperiod.listtimerule`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusGuardTimeperiodListtimeruleResponse {
  /** 结果 */
  result?: AlibabaCampusGuardTimeperiodListtimerulePojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TimePeriodQuery` of `alibaba.campus.guard.timeperiod.listtimerule`. */
export interface AlibabaCampusGuardTimeperiodListtimeruleTimePeriodQueryInput {
  /** 时间规则ID */
  time_period_id_list: Int64Input[];
  /** 序列号 */
  sn_no: string;
}

/** `PojoResult` of `alibaba.campus.guard.timeperiod.listtimerule`. */
export interface AlibabaCampusGuardTimeperiodListtimerulePojoResult {
  /** 错误信息 */
  api_error_msg?: string;
  /** 是否成功 */
  api_success?: boolean;
  /** 内容 */
  content?: AlibabaCampusGuardTimeperiodListtimeruleTimeRuleConfigDTO2[];
  /** 错误码 */
  api_error_code?: string;
}

/** `TimeRuleConfigDTO` of `alibaba.campus.guard.timeperiod.listtimerule`. */
export interface AlibabaCampusGuardTimeperiodListtimeruleTimeRuleConfigDTO2 {
  /** 规则名称 */
  name?: string;
  /** 时间规则集合 */
  time_rule_list?: AlibabaCampusGuardTimeperiodListtimeruleTimeRuleConfigDTO[];
  /** 时间规则ID */
  id?: Int64;
}

/** `TimeRuleConfigDTO` of `alibaba.campus.guard.timeperiod.listtimerule`. */
export interface AlibabaCampusGuardTimeperiodListtimeruleTimeRuleConfigDTO {
  /** 周 */
  week?: string;
  /** 失效条件 */
  forbid_template_list?: AlibabaCampusGuardTimeperiodListtimeruleCalendarTemplateDTO[];
  /** 时间 */
  time?: string;
  /** 通行日期 */
  allow_template_list?: AlibabaCampusGuardTimeperiodListtimeruleCalendarTemplateDTO[];
}

/** `CalendarTemplateDTO` of `alibaba.campus.guard.timeperiod.listtimerule`. */
export interface AlibabaCampusGuardTimeperiodListtimeruleCalendarTemplateDTO {
  /** 特殊日期名称 */
  name?: string;
  /** 特殊日期ID */
  template_id?: Int64;
}

const REQUEST_SCHEMA = {
  time_period_query: {
    time_period_id_list: ['Number'],
    sn_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    api_error_msg: 'String',
    api_success: 'Boolean',
    content: [
      {
        name: 'String',
        time_rule_list: [
          {
            week: 'String',
            forbid_template_list: [
              {
                name: 'String',
                template_id: 'Number',
              },
            ],
            time: 'String',
            allow_template_list: [
              {
                name: 'String',
                template_id: 'Number',
              },
            ],
          },
        ],
        id: 'Number',
      },
    ],
    api_error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.guard.timeperiod.listtimerule`: method, response root, request and response schemas. */
export const alibabaCampusGuardTimeperiodListtimeruleOperation = {
  method: 'alibaba.campus.guard.timeperiod.listtimerule',
  responseRoot: 'alibaba_campus_guard_timeperiod_listtimerule_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门禁控制器查询时间规则 — calls TOP method `alibaba.campus.guard.timeperiod.listtimerule`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusGuardTimeperiodListtimerule(
  client: TopClient,
  request: AlibabaCampusGuardTimeperiodListtimeruleRequest,
  options?: CallOptions,
): Promise<AlibabaCampusGuardTimeperiodListtimeruleResponse> {
  return client.call<AlibabaCampusGuardTimeperiodListtimeruleResponse>(
    {
      method: 'alibaba.campus.guard.timeperiod.listtimerule',
      responseRoot: 'alibaba_campus_guard_timeperiod_listtimerule_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
