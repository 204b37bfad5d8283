// Generated from specs/aliyunocs/m-kvstore.aliyuncs.com.CreateInstance.2015-03-01.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `m-kvstore.aliyuncs.com.CreateInstance.2015-03-01` (创建OCS实例). */
export interface MKvstoreAliyuncsComCreateInstance20150301Request {
  /**
   * 实例昵称长度为2-128个字符，以大小写英文字母或中文开头，不支持字符\@/:="<>{[]}和空格
   *
   * Max length: 256
   */
  InstanceName?: string;
  /** 说明：实例密码规则：需同时且只能包含大写字母、小写字母和数字长度8~30个字符 */
  Password: string;
  /** 说明：实例容量设置单位：MByte输入范围请见OCS规格参数表 */
  Capacity: Int64Input;
  /** 华东杭州：cn-hangzhou 华北青岛：cn-qingdao */
  RegionId: string;
  /** 用于保证幂等性 */
  Token?: string;
  /** RegionId下级可用区编码 */
  ZoneId?: string;
  /** OCS实例的网络类型：classic或vpc。默认为classic */
  NetworkType?: string;
  /** OCS实例所属vpc实例id。如果NetworkType参数为vpc，则本参数为必须。 */
  VpcId?: string;
  /** OCS实例所属vpc实例的虚拟交换机ID。如果NetworkType参数为vpc，则本参数为必须。 */
  VSwitchId?: string;
  /** OCS实例所属vpc内的私网IP地址。当NetworkType参数为vpc时有效。如果不带本参数，则系统通过VpcId和VSwitchId自动分配。如果此参数对应的私网IP地址不在VSwitchId包含的IP地址段内，则创建失败。 */
  PrivateIpAddress?: string;
}

/** Response of `m-kvstore.aliyuncs.com.CreateInstance.2015-03-01`: TOP returns only requested, non-null fields, so all are optional. */
export interface MKvstoreAliyuncsComCreateInstance20150301Response {
  /**
   * OCS例ID;
   * 16位字符串(全局唯一)
   */
  InstanceId?: string;
  /** 实例名称 */
  InstanceName?: string;
  /**
   * Memcached连接域名
   * 注：仅支持内网
   */
  ConnectionDomain?: string;
  /** Memcached连接端口 */
  Port?: Int64;
  /**
   * Memcached连接用户名
   * 注：取InstanceId的值
   */
  UserName?: string;
  /**
   * 使用中：Available
   * 已禁用：Unavailable
   * 创建中：Creating
   * 修改中：Changing
   */
  InstanceStatus?: string;
  /**
   * cn-hangzhou
   * cn-qingdao
   * 地域-城市
   */
  RegionId?: string;
  /** 实例容量上限 单位：MByte */
  Capacity?: Int64;
  /**
   * 实例QPS限制
   * 单位：次/秒
   */
  QPS?: Int64;
  /**
   * 实例带宽限制
   * 单位：MKbps
   */
  Bandwidth?: Int64;
  /**
   * 实例连接数限制
   * 单位：个
   */
  Connections?: Int64;
  /** 请求唯一标识 */
  RequestId?: string;
  /** RegionId下级可用区编码 */
  ZoneId?: string;
  /** OCS实例的网络类型 */
  NetworkType?: string;
  /** NetworkType为vpc时OCS实例所属vpc内由用户指定或系统分配的私网IP地址。NetworkType为classic时忽略此返回参数。 */
  PrivateIpAddress?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  InstanceName: 'String',
  Password: 'String',
  Capacity: 'Number',
  RegionId: 'String',
  Token: 'String',
  ZoneId: 'String',
  NetworkType: 'String',
  VpcId: 'String',
  VSwitchId: 'String',
  PrivateIpAddress: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  InstanceId: 'String',
  InstanceName: 'String',
  ConnectionDomain: 'String',
  Port: 'Number',
  UserName: 'String',
  InstanceStatus: 'String',
  RegionId: 'String',
  Capacity: 'Number',
  QPS: 'Number',
  Bandwidth: 'Number',
  Connections: 'Number',
  RequestId: 'String',
  ZoneId: 'String',
  NetworkType: 'String',
  PrivateIpAddress: 'String',
} as const satisfies ObjectSchema;

/** Static description of `m-kvstore.aliyuncs.com.CreateInstance.2015-03-01`: method, response root, request and response schemas. */
export const mKvstoreAliyuncsComCreateInstance20150301Operation = {
  method: 'm-kvstore.aliyuncs.com.CreateInstance.2015-03-01',
  responseRoot: 'm-kvstore_aliyuncs_com_CreateInstance_2015-03-01_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建OCS实例 — calls TOP method `m-kvstore.aliyuncs.com.CreateInstance.2015-03-01`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function mKvstoreAliyuncsComCreateInstance20150301(
  client: TopClient,
  request: MKvstoreAliyuncsComCreateInstance20150301Request,
  options?: CallOptions,
): Promise<MKvstoreAliyuncsComCreateInstance20150301Response> {
  return client.call<MKvstoreAliyuncsComCreateInstance20150301Response>(
    {
      method: 'm-kvstore.aliyuncs.com.CreateInstance.2015-03-01',
      responseRoot: 'm-kvstore_aliyuncs_com_CreateInstance_2015-03-01_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
