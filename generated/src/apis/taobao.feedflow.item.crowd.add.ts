// Generated from specs/feedflow/taobao.feedflow.item.crowd.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.crowd.add` (单品单元下，新增定向人群). */
export interface TaobaoFeedflowItemCrowdAddRequest {
  /**
   * 人群列表
   *
   * Max list size: 50
   */
  crowds: TaobaoFeedflowItemCrowdAddCrowdDtoInput[];
  /** 单元id */
  adgroup_id: Int64Input;
}

/** Response of `taobao.feedflow.item.crowd.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemCrowdAddResponse {
  /** 返回结果对象 */
  result?: TaobaoFeedflowItemCrowdAddResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CrowdDto` of `taobao.feedflow.item.crowd.add`. */
export interface TaobaoFeedflowItemCrowdAddCrowdDtoInput {
  /** 标签结构 */
  target_label: TaobaoFeedflowItemCrowdAddLabelDtoInput;
  /** 人群出价，单位：分 */
  price: Int64Input;
  /** 人群描述 */
  crowd_desc?: string;
  /** 人群名称 */
  crowd_name?: string;
}

/** `LabelDto` of `taobao.feedflow.item.crowd.add`. */
export interface TaobaoFeedflowItemCrowdAddLabelDtoInput {
  /** 定向id，可通过标签接口获取 */
  target_id: Int64Input;
  /** 标签id，可通过标签接口获取 */
  label_id: Int64Input;
  /** 标签值，可通过标签接口获取 */
  label_value: string;
  /** 定向类型 */
  target_type: string;
  /** 选项结构 */
  options: TaobaoFeedflowItemCrowdAddOptionDtoInput[];
}

/** `OptionDto` of `taobao.feedflow.item.crowd.add`. */
export interface TaobaoFeedflowItemCrowdAddOptionDtoInput {
  /** 选项值 */
  option_value: string;
}

/** `ResultDto` of `taobao.feedflow.item.crowd.add`. */
export interface TaobaoFeedflowItemCrowdAddResultDto {
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
      crowd_name: 'String',
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

/** Static description of `taobao.feedflow.item.crowd.add`: method, response root, request and response schemas. */
export const taobaoFeedflowItemCrowdAddOperation = {
  method: 'taobao.feedflow.item.crowd.add',
  responseRoot: 'feedflow_item_crowd_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单品单元下，新增定向人群 — calls TOP method `taobao.feedflow.item.crowd.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemCrowdAdd(
  client: TopClient,
  request: TaobaoFeedflowItemCrowdAddRequest,
  options?: CallOptions,
): Promise<TaobaoFeedflowItemCrowdAddResponse> {
  return client.call<TaobaoFeedflowItemCrowdAddResponse>(
    {
      method: 'taobao.feedflow.item.crowd.add',
      responseRoot: 'feedflow_item_crowd_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
