// Generated from specs/feedflow/taobao.feedflow.item.adgroup.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.adgroup.add` (信息流增加单元). */
export interface TaobaoFeedflowItemAdgroupAddRequest {
  /** 单元信息 */
  adgroup: TaobaoFeedflowItemAdgroupAddAdgroupDtoInput;
}

/** Response of `taobao.feedflow.item.adgroup.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemAdgroupAddResponse {
  /** 结果 */
  result?: TaobaoFeedflowItemAdgroupAddResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AdgroupDto` of `taobao.feedflow.item.adgroup.add`. */
export interface TaobaoFeedflowItemAdgroupAddAdgroupDtoInput {
  /** 单元名称 */
  adgroup_name: string;
  /** 资源类位表 */
  adzone_list?: TaobaoFeedflowItemAdgroupAddAdzoneBindDtoInput[];
  /** 计划id */
  campaign_id: Int64Input;
  /** 定向人群 */
  crowd_list: TaobaoFeedflowItemAdgroupAddCrowdDtoInput[];
  /** 智能调价 */
  intelligent_bid?: TaobaoFeedflowItemAdgroupAddIntelligentBidDtoInput;
  /** 商品id */
  item_id: Int64Input;
}

/** `AdzoneBindDto` of `taobao.feedflow.item.adgroup.add`. */
export interface TaobaoFeedflowItemAdgroupAddAdzoneBindDtoInput {
  /** 资源位id */
  adzone_id?: Int64Input;
  /** 溢价 */
  discount?: Int64Input;
}

/** `CrowdDto` of `taobao.feedflow.item.adgroup.add`. */
export interface TaobaoFeedflowItemAdgroupAddCrowdDtoInput {
  /** 人群描述 */
  crowd_desc?: string;
  /** 人群名称 */
  crowd_name?: string;
  /** 人群出价，单位：分 */
  price: Int64Input;
  /** 定向 */
  target_label?: TaobaoFeedflowItemAdgroupAddLabelDtoInput;
}

/** `LabelDto` of `taobao.feedflow.item.adgroup.add`. */
export interface TaobaoFeedflowItemAdgroupAddLabelDtoInput {
  /** 标签id，可通过标签接口获取 */
  label_id: Int64Input;
  /** 标签值，可通过标签接口获取 */
  label_value: string;
  /** 选项结构 */
  options: TaobaoFeedflowItemAdgroupAddOptionDtoInput[];
  /** 定向id，可通过标签接口获取 */
  target_id: Int64Input;
  /** 定向类型 */
  target_type: string;
}

/** `OptionDto` of `taobao.feedflow.item.adgroup.add`. */
export interface TaobaoFeedflowItemAdgroupAddOptionDtoInput {
  /** 标签值 */
  option_value: string;
}

/** `IntelligentBidDto` of `taobao.feedflow.item.adgroup.add`. */
export interface TaobaoFeedflowItemAdgroupAddIntelligentBidDtoInput {
  /** 是否打开 */
  open?: boolean;
  /** 溢价范围 */
  scope_percent?: Int64Input;
  /** 人群策略 1:促进进店 2:促进成交 */
  strategy?: Int64Input;
}

/** `ResultDto` of `taobao.feedflow.item.adgroup.add`. */
export interface TaobaoFeedflowItemAdgroupAddResultDto {
  /** 信息 */
  message?: string;
  /** 单元id */
  result?: Int64;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  adgroup: {
    adgroup_name: 'String',
    adzone_list: [
      {
        adzone_id: 'Number',
        discount: 'Number',
      },
    ],
    campaign_id: 'Number',
    crowd_list: [
      {
        crowd_desc: 'String',
        crowd_name: 'String',
        price: 'Number',
        target_label: {
          label_id: 'Number',
          label_value: 'String',
          options: [
            {
              option_value: 'String',
            },
          ],
          target_id: 'Number',
          target_type: 'String',
        },
      },
    ],
    intelligent_bid: {
      open: 'Boolean',
      scope_percent: 'Number',
      strategy: 'Number',
    },
    item_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    result: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.feedflow.item.adgroup.add`: method, response root, request and response schemas. */
export const taobaoFeedflowItemAdgroupAddOperation = {
  method: 'taobao.feedflow.item.adgroup.add',
  responseRoot: 'feedflow_item_adgroup_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 信息流增加单元 — calls TOP method `taobao.feedflow.item.adgroup.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemAdgroupAdd(
  client: TopClient,
  request: TaobaoFeedflowItemAdgroupAddRequest,
  options?: CallOptions,
): Promise<TaobaoFeedflowItemAdgroupAddResponse> {
  return client.call<TaobaoFeedflowItemAdgroupAddResponse>(
    {
      method: 'taobao.feedflow.item.adgroup.add',
      responseRoot: 'feedflow_item_adgroup_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
