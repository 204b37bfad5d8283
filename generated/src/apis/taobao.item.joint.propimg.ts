// Generated from specs/tbitem/taobao.item.joint.propimg.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.item.joint.propimg` (商品关联属性图). */
export interface TaobaoItemJointPropimgRequest {
  /** 商品数字ID，必选 */
  num_iid: Int64Input;
  /** 属性列表。调用taobao.itemprops.get获取，属性必须是颜色属性，格式:pid:vid。 */
  properties: string;
  /** 属性图片ID。如果是新增不需要填写 */
  id?: Int64Input;
  /** 图片序号 */
  position?: Int64Input;
  /** 图片地址(传入图片相对地址即可,即不需包含 http://img02.taobao.net/bao/uploaded ) */
  pic_path: string;
}

/** Response of `taobao.item.joint.propimg`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoItemJointPropimgResponse {
  /** 属性图片对象信息 */
  prop_img?: TaobaoItemJointPropimgPropImg;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PropImg` of `taobao.item.joint.propimg`. */
export interface TaobaoItemJointPropimgPropImg {
  /** 属性图片的id，和商品相对应 */
  id?: Int64;
  /** 图片链接地址 */
  url?: string;
  /** 图片创建时间 时间格式：yyyy-MM-dd HH:mm:ss */
  created?: string;
}

const REQUEST_SCHEMA = {
  num_iid: 'Number',
  properties: 'String',
  id: 'Number',
  position: 'Number',
  pic_path: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  prop_img: {
    id: 'Number',
    url: 'String',
    created: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.item.joint.propimg`: method, response root, request and response schemas. */
export const taobaoItemJointPropimgOperation = {
  method: 'taobao.item.joint.propimg',
  responseRoot: 'item_joint_propimg_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品关联属性图 — calls TOP method `taobao.item.joint.propimg`.
 *
 * * 关联一张商品属性图片到num_iid指定的商品中
 * * 传入的num_iid所对应的商品必须属于当前会话的用户
 * * 图片的属性必须要是颜色的属性，这个在前台显示的时候需要和sku进行关联的
 * * 商品图片关联在卖家身份和图片来源上的限制，卖家要是B卖家或订购了多图服务才能关联图片，并且图片要来自于卖家自己的图片空间才行
 * * 商品图片数量有限制。不管是上传的图片还是关联的图片，他们的总数不能超过一定限额，最多不能超过24张（每个颜色属性都有一张）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoItemJointPropimg(
  client: TopClient,
  request: TaobaoItemJointPropimgRequest,
  options?: CallOptions,
): Promise<TaobaoItemJointPropimgResponse> {
  return client.call<TaobaoItemJointPropimgResponse>(
    {
      method: 'taobao.item.joint.propimg',
      responseRoot: 'item_joint_propimg_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
