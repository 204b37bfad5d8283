// Generated from specs/scbp/alibaba.scbp.effect.account.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.effect.account.list` (账户-报表). */
export interface AlibabaScbpEffectAccountListRequest {
  /** AccountQuery */
  p4p_account_report_query: AlibabaScbpEffectAccountListAccountQueryInput;
}

/** Response of `alibaba.scbp.effect.account.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpEffectAccountListResponse {
  /** 账户效果数据列表 */
  account_report_list?: AlibabaScbpEffectAccountListAccountEffectDto[];
  /** 总个数 */
  total_num?: Int64;
  /** 总页数 */
  total_page?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AccountQuery` of `alibaba.scbp.effect.account.list`. */
export interface AlibabaScbpEffectAccountListAccountQueryInput {
  /** 开始时间 inteval=7或30不用指定 */
  begin_date?: string;
  /** 结束时间 inteval=7或30不用指定 */
  end_date?: string;
  /** 区间 1代表指定时间查询 7代表最近7天 30代表最近30天 */
  inteval?: Int64Input;
  /** 每页行数 */
  per_page_size?: Int64Input;
  /** 第几页 */
  to_page?: Int64Input;
}

/** `AccountEffectDto` of `alibaba.scbp.effect.account.list`. */
export interface AlibabaScbpEffectAccountListAccountEffectDto {
  /** 点击量 */
  click_cnt?: string;
  /** 平均点击花费 */
  click_cost_avg?: string;
  /** 话费 单位元 */
  cost?: string;
  /** 点击率 */
  ctr?: string;
  /** 曝光 */
  impression_cnt?: string;
  /** 单位小时，保留一位小数，例如13.5表示13.5小时 */
  online_time?: string;
  /** 报告时间 */
  stat_date?: string;
}

const REQUEST_SCHEMA = {
  p4p_account_report_query: {
    begin_date: 'String',
    end_date: 'String',
    inteval: 'Number',
    per_page_size: 'Number',
    to_page: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  account_report_list: [
    {
      click_cnt: 'String',
      click_cost_avg: 'String',
      cost: 'String',
      ctr: 'String',
      impression_cnt: 'String',
      online_time: 'String',
      stat_date: 'String',
    },
  ],
  total_num: 'Number',
  total_page: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.effect.account.list`: method, response root, request and response schemas. */
export const alibabaScbpEffectAccountListOperation = {
  method: 'alibaba.scbp.effect.account.list',
  responseRoot: 'alibaba_scbp_effect_account_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 账户-报表 — calls TOP method `alibaba.scbp.effect.account.list`.
 *
 * 账户-报表,支持最近7天，最近30天，以及180天内时间区间。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpEffectAccountList(
  client: TopClient,
  request: AlibabaScbpEffectAccountListRequest,
  options?: CallOptions,
): Promise<AlibabaScbpEffectAccountListResponse> {
  return client.call<AlibabaScbpEffectAccountListResponse>(
    {
      method: 'alibaba.scbp.effect.account.list',
      responseRoot: 'alibaba_scbp_effect_account_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
