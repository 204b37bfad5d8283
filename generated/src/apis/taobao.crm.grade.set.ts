// Generated from specs/crm/taobao.crm.grade.set.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.grade.set` (卖家设置等级规则). */
export interface TaobaoCrmGradeSetRequest {
  /**
   * 只对设置的层级等级有效，必须要在amount和count参数中选择一个
   *
   * amount参数的填写规范：升级到下一个级别的需要的交易额，单位为分,必须全部填写.例如10000,20000,30000，其中10000表示非会员升级到普通的所需的交易额，20000表示普通升级到高级所需的交易额，层级等级中最高等级的下一个等级默认为0。会员等级越高，所需交易额必须越高。
   *
   * Max list size: 4
   */
  amount?: Int64Input[];
  /**
   * 会员等级，用逗号分隔。买家会员级别0：店铺客户 1：普通会员 2 ：高级会员 3：VIP会员 4：至尊VIP
   *
   * Max list size: 4
   */
  grade: Int64Input[];
  /**
   * 只对设置的层级等级有效，必须要在amount和count参数中选择一个
   *
   * count参数的填写规范：
   * 升级到下一个级别的需要的交易量,必须全部填写. 以逗号分隔,例如100,200,300，其中100表示非会员升级到普通会员交易量。层级等级中最高等级的下一个等级的交易量默认为0。会员等级越高，交易量必须越高。
   *
   * Max list size: 4
   */
  count?: Int64Input[];
  /**
   * 会员级别折扣率。会员等级越高，折扣必须越低。
   * 950即9.5折，888折即8.88折。出于安全原因，折扣现最低只能设置到700即7折。
   *
   * Max list size: 4
   */
  discount: Int64Input[];
  /**
   * 是否设置达到某一会员等级的交易量和交易额，必填。4个级别都需要设置，如入参为true,true,true,false时，表示设置达到高级会员、VIP会员的交易量或者交易额，不设置达到至尊会员的交易量和交易额
   *
   * Max list size: 4
   */
  hierarchy: boolean[];
}

/** Response of `taobao.crm.grade.set`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmGradeSetResponse {
  /** true：成功 false：失败 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  amount: ['Number'],
  grade: ['Number'],
  count: ['Number'],
  discount: ['Number'],
  hierarchy: ['Boolean'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.crm.grade.set`: method, response root, request and response schemas. */
export const taobaoCrmGradeSetOperation = {
  method: 'taobao.crm.grade.set',
  responseRoot: 'crm_grade_set_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 卖家设置等级规则 — calls TOP method `taobao.crm.grade.set`.
 *
 * 设置等级信息，可以设置层级等级，也可以单独设置一个等级。出于安全原因，折扣现最低只能设置到700即7折。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmGradeSet(
  client: TopClient,
  request: TaobaoCrmGradeSetRequest,
  options?: CallOptions,
): Promise<TaobaoCrmGradeSetResponse> {
  return client.call<TaobaoCrmGradeSetResponse>(
    {
      method: 'taobao.crm.grade.set',
      responseRoot: 'crm_grade_set_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
