// Generated from specs/promotion/alibaba.benefit.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.benefit.query` (奖池奖品查询列表). */
export interface AlibabaBenefitQueryRequest {
  /** 奖池编号 */
  ename: string;
  /** 表示奖池类型（发奖奖池传1，抽奖传0） */
  award_type?: string;
  /** 商家来源身份标识（"promotion-"+appId） */
  app_name: string;
}

/** Response of `alibaba.benefit.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaBenefitQueryResponse {
  /** 接口返回model */
  result?: AlibabaBenefitQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.benefit.query`. */
export interface AlibabaBenefitQueryResult {
  /** msg */
  msg?: string;
  /** code */
  code?: string;
  /** 是否成功 */
  success?: boolean;
  /** datas */
  datas?: AlibabaBenefitQueryOrightDto[];
}

/** `OrightDto` of `alibaba.benefit.query`. */
export interface AlibabaBenefitQueryOrightDto {
  /** 奖品id */
  prize_id?: Int64;
  /** 模板名称 */
  template_name?: string;
  /** 权益内容 */
  benefit_name?: string;
  /** 权益类型名称 */
  right_type_name?: string;
  /** 权益类型id */
  right_type_id?: Int64;
  /** 开始时间 */
  start_date?: string;
  /** 结束时间 */
  end_date?: string;
  /** 总数 */
  prize_quantity?: Int64;
  /** 可发放数 */
  remain_prize_quantity?: Int64;
  /** 概率 */
  probability?: string;
  /** 金额 */
  amount?: string;
  /** 使用开始时间 */
  use_start_time?: string;
  /** 使用结束时间 */
  use_end_time?: string;
  /** 门槛 */
  condition?: string;
  /** 扩展参数 */
  ext_attribute?: string;
}

const REQUEST_SCHEMA = {
  ename: 'String',
  award_type: 'String',
  app_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg: 'String',
    code: 'String',
    success: 'Boolean',
    datas: [
      {
        prize_id: 'Number',
        template_name: 'String',
        benefit_name: 'String',
        right_type_name: 'String',
        right_type_id: 'Number',
        start_date: 'Date',
        end_date: 'Date',
        prize_quantity: 'Number',
        remain_prize_quantity: 'Number',
        probability: 'String',
        amount: 'String',
        use_start_time: 'Date',
        use_end_time: 'Date',
        condition: 'String',
        ext_attribute: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.benefit.query`: method, response root, request and response schemas. */
export const alibabaBenefitQueryOperation = {
  method: 'alibaba.benefit.query',
  responseRoot: 'alibaba_benefit_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 奖池奖品查询列表 — calls TOP method `alibaba.benefit.query`.
 *
 * 功能：奖池奖品查询列表
 * 业务逻辑：程序中通过奖池编号ename,业务方身份appName来查询奖池提供的奖品返回给
 * 小程。
 * 安全保障：为保证数据不会越权，需要卖家授，并且验证系统参数appKey。只有通过授权的，并且
 * appkey验证通过的，才会查数据 并透出，否则直接失败。
 * 因为appkey是系统参数，并且程序内部可以验证appkey和业务身份appName的关系
 * 是否一致，所以可以保证参数appName的合法性，没有越权。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaBenefitQuery(
  client: TopClient,
  request: AlibabaBenefitQueryRequest,
  options?: CallOptions,
): Promise<AlibabaBenefitQueryResponse> {
  return client.call<AlibabaBenefitQueryResponse>(
    {
      method: 'alibaba.benefit.query',
      responseRoot: 'alibaba_benefit_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
