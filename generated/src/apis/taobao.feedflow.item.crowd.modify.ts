// Generated from specs/feedflow/taobao.feedflow.item.crowd.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.crowd.modify` (覆盖单元下同类型定向人群). */
export interface TaobaoFeedflowItemCrowdModifyRequest {
  /**
   * 人群信息
   *
   * Max list size: 50
   */
  crowds: TaobaoFeedflowItemCrowdModifyCrowdDtoInput[];
  /** 单元id */
  adgroup_id: Int64Input;
}

/** Response of `taobao.feedflow.item.crowd.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemCrowdModifyResponse {
  /** 返回结果对象 */
  result?: TaobaoFeedflowItemCrowdModifyResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CrowdDto` of `taobao.feedflow.item.crowd.modify`. */
export interface TaobaoFeedflowItemCrowdModifyCrowdDtoInput {
  /** 标签结构 */
  target_label?: TaobaoFeedflowItemCrowdModifyLabelDtoInput;
  /** 人群出价，单位：分 */
  price: Int64Input;
  /** 人群描述 */
  crowd_desc?: string;
  /** 人群id */
  crowd_id: Int64Input;
}

/** `LabelDto` of `taobao.feedflow.item.crowd.modify`. */
export interface TaobaoFeedflowItemCrowdModifyLabelDtoInput {
  /** 定向id */
  target_id: Int64Input;
  /** 标签id */
  label_id: Int64Input;
  /** 标签值 */
  label_value: string;
  /** 定向类型 */
  target_type: string;
  /** 选项结构 */
  options: TaobaoFeedflowItemCrowdModifyOptionDtoInput[];
}

/** `OptionDto` of `taobao.feedflow.item.crowd.modify`. */
export interface TaobaoFeedflowItemCrowdModifyOptionDtoInput {
  /** 选项值 */
  option_value: string;
}

/** `ResultDto` of `taobao.feedflow.item.crowd.modify`. */
export interface TaobaoFeedflowItemCrowdModifyResultDto {
  /** message */
  message?: string;
  /** 调用是否成功,true-成功，false-失败 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  crowds: [
    {
      target_label: {
        target_id: 'Number',
        label_id: 'Number',
        label_value: 'String',
        target_type: 'String',
        options: [
          {
            option_value: 'String',
          },
        ],
      },
      price: 'Number',
      crowd_desc: 'String',
      crowd_id: 'Number',
    },
  ],
  adgroup_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.feedflow.item.crowd.modify`: method, response root, request and response schemas. */
export const taobaoFeedflowItemCrowdModifyOperation = {
  method: 'taobao.feedflow.item.crowd.modify',
  responseRoot: 'feedflow_item_crowd_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 覆盖单元下同类型定向人群 — calls TOP method `taobao.feedflow.item.crowd.modify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemCrowdModify(
  client: TopClient,
  request: TaobaoFeedflowItemCrowdModifyRequest,
  options?: CallOptions,
): Promise<TaobaoFeedflowItemCrowdModifyResponse> {
  return client.call<TaobaoFeedflowItemCrowdModifyResponse>(
    {
      method: 'taobao.feedflow.item.crowd.modify',
      responseRoot: 'feedflow_item_crowd_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
