// Generated from specs/examination/alibaba.alihealth.examination.items.publish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.examination.items.publish` (单项/加项包信息同步). */
export interface AlibabaAlihealthExaminationItemsPublishRequest {
  /** 商品id，机构保证全局唯一 */
  group_id?: string;
  /**
   * 套餐列表
   *
   * Max list size: 100
   */
  isv_packages: AlibabaAlihealthExaminationItemsPublishIsvPackageInput[];
  /**
   * 加项包关系列表
   *
   * Max list size: 2000
   */
  isv_pack_relation_d_t_o_s?: AlibabaAlihealthExaminationItemsPublishIsvPackRelationDtoInput[];
  /**
   * 单项之间关系
   *
   * Max list size: 1000
   */
  isv_item_relation_d_t_o_s?: AlibabaAlihealthExaminationItemsPublishIsvItemRelationDtoInput[];
  /**
   * 体检机构标识
   *
   * Max list size: 500
   */
  hospital_codes?: string[];
  /**
   * 加项包列表
   *
   * Max list size: 1000
   */
  isv_item_pack_d_t_o_s?: AlibabaAlihealthExaminationItemsPublishIsvItemPackDtoInput[];
  /**
   * 单项信息列表
   *
   * Max list size: 2000
   */
  isv_item_d_t_o_s: AlibabaAlihealthExaminationItemsPublishIsvItemDtoInput[];
}

/** Response of `alibaba.alihealth.examination.items.publish`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthExaminationItemsPublishResponse {
  /** 返回结果 */
  result?: AlibabaAlihealthExaminationItemsPublishServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IsvPackage` of `alibaba.alihealth.examination.items.publish`. */
export interface AlibabaAlihealthExaminationItemsPublishIsvPackageInput {
  /** 套餐代码，机构保证全局唯一 */
  package_code: string;
  /** 套餐可用加项id列表 */
  add_isv_item_ids?: string[];
  /** 套餐可用加项包id列表 */
  add_isv_pack_ids?: string[];
  /** 套餐基础项id列表 */
  basic_item_ids: string[];
}

/** `IsvPackRelationDto` of `alibaba.alihealth.examination.items.publish`. */
export interface AlibabaAlihealthExaminationItemsPublishIsvPackRelationDtoInput {
  /** 加项包id */
  isv_pack_id?: string;
  /** 关联加项包id */
  rel_isv_pack_id?: string;
  /** 关系：1、互斥. */
  type?: Int64Input;
}

/** `IsvItemRelationDto` of `alibaba.alihealth.examination.items.publish`. */
export interface AlibabaAlihealthExaminationItemsPublishIsvItemRelationDtoInput {
  /** 单项id */
  isv_item_id?: string;
  /** 关联单项id */
  rel_isv_item_id?: string;
  /** 关系：1、互斥 2、重复 */
  type?: Int64Input;
}

/** `IsvItemPackDto` of `alibaba.alihealth.examination.items.publish`. */
export interface AlibabaAlihealthExaminationItemsPublishIsvItemPackDtoInput {
  /** 加项包id */
  isv_pack_id?: string;
  /** 加项包名称 */
  pack_name?: string;
  /** 售价，单位分 */
  sold_price?: string;
  /** 类型：1、可选加项包 2、声明式加项包. */
  type?: Int64Input;
  /** 加项包包含的单项id列表 */
  isv_item_ids?: string[];
  /** 版本号，防止isv更改未同步给健康，提供给isv做校验的 */
  version?: Int64Input;
  /** 结算价，单位分 */
  settle_price?: string;
}

/** `IsvItemDto` of `alibaba.alihealth.examination.items.publish`. */
export interface AlibabaAlihealthExaminationItemsPublishIsvItemDtoInput {
  /** isv的单项id */
  isv_item_id: string;
  /** 单项描述 */
  detail?: string;
  /** 标题 */
  sub_title: string;
  /** 版本号，防止isv更改未同步给健康，提供给isv做校验的 */
  version?: Int64Input;
  /** 售价，单位分 */
  sold_price?: string;
}

/** `ServiceResult` of `alibaba.alihealth.examination.items.publish`. */
export interface AlibabaAlihealthExaminationItemsPublishServiceResult {
  /** 详细错误信息 */
  err_message?: string;
  /** 返回结果说明信息 */
  data?: AlibabaAlihealthExaminationItemsPublishItemsPublishResponse;
  /** 错误码 */
  err_code?: string;
  /** 执行成功标示 */
  success?: boolean;
}

/** `ItemsPublishResponse` of `alibaba.alihealth.examination.items.publish`. */
export interface AlibabaAlihealthExaminationItemsPublishItemsPublishResponse {
  /** 结果说明 */
  msg?: string;
}

const REQUEST_SCHEMA = {
  group_id: 'String',
  isv_packages: [
    {
      package_code: 'String',
      add_isv_item_ids: ['String'],
      add_isv_pack_ids: ['String'],
      basic_item_ids: ['String'],
    },
  ],
  isv_pack_relation_d_t_o_s: [
    {
      isv_pack_id: 'String',
      rel_isv_pack_id: 'String',
      type: 'Number',
    },
  ],
  isv_item_relation_d_t_o_s: [
    {
      isv_item_id: 'String',
      rel_isv_item_id: 'String',
      type: 'Number',
    },
  ],
  hospital_codes: ['String'],
  isv_item_pack_d_t_o_s: [
    {
      isv_pack_id: 'String',
      pack_name: 'String',
      sold_price: 'String',
      type: 'Number',
      isv_item_ids: ['String'],
      version: 'Number',
      settle_price: 'String',
    },
  ],
  isv_item_d_t_o_s: [
    {
      isv_item_id: 'String',
      detail: 'String',
      sub_title: 'String',
      version: 'Number',
      sold_price: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_message: 'String',
    data: {
      msg: 'String',
    },
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.examination.items.publish`: method, response root, request and response schemas. */
export const alibabaAlihealthExaminationItemsPublishOperation = {
  method: 'alibaba.alihealth.examination.items.publish',
  responseRoot: 'alibaba_alihealth_examination_items_publish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单项/加项包信息同步 — calls TOP method `alibaba.alihealth.examination.items.publish`.
 *
 * 体检机构对接_单项/加项包信息发布／更新
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthExaminationItemsPublish(
  client: TopClient,
  request: AlibabaAlihealthExaminationItemsPublishRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthExaminationItemsPublishResponse> {
  return client.call<AlibabaAlihealthExaminationItemsPublishResponse>(
    {
      method: 'alibaba.alihealth.examination.items.publish',
      responseRoot: 'alibaba_alihealth_examination_items_publish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
